import type { EventManager } from '@mikro-orm/core';
import type { Logger } from '../logger';
import { DomainEvents } from './domain-events';
import { PostgresEventListener } from './postgres-event-listener';
import { RedisEventTransport } from './redis-event-transport';

export interface RunningDomainEvents {
  events: DomainEvents;
  close(): Promise<void>;
}

export interface DomainEventsOptions {
  databaseUrl: string;
  /** When set, events travel over Redis pub/sub instead of PostgreSQL NOTIFY. */
  redisUrl?: string;
  /** The ORM's event manager: the Redis transport sends on commit. */
  eventManager: EventManager;
  /** Servers listen; the command line only publishes. */
  listen: boolean;
  logger: Logger;
}

/** One Redis channel per database, so instances of other databases on the same Redis never hear us. */
function channelFor(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `lindungi_events:${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Sets up domain events for this process: PostgreSQL NOTIFY by default, Redis when configured. */
export async function startDomainEvents(options: DomainEventsOptions): Promise<RunningDomainEvents> {
  if (options.redisUrl) {
    const transport = await RedisEventTransport.connect(options.redisUrl, channelFor(options.databaseUrl), options.eventManager, options.logger);
    const events = new DomainEvents(transport);
    if (options.listen) await transport.listen(events);
    return { events, close: () => transport.close() };
  }
  const events = new DomainEvents();
  const listener = options.listen ? await PostgresEventListener.start(options.databaseUrl, events, options.logger) : undefined;
  return { events, close: async () => listener?.close() };
}
