import { Client } from 'pg';
import type { Logger } from '../logger';
import { EVENT_CHANNEL, type DomainEvents, type EventEnvelope } from './domain-events';

const RECONNECT_DELAY_MS = 1000;

/**
 * One dedicated connection per process that LISTENs for domain events and passes them on. If the
 * connection drops it reconnects every second until closed; events sent meanwhile are not replayed here
 * (feeds that must not miss events replay from their own tables, told to by `DomainEvents.reconnected`).
 */
export class PostgresEventListener {
  private client?: Client;
  private closing = false;
  private connectedBefore = false;
  private reconnectTimer?: NodeJS.Timeout;

  private constructor(
    private readonly databaseUrl: string,
    private readonly events: DomainEvents,
    private readonly logger: Logger,
  ) {}

  static async start(databaseUrl: string, events: DomainEvents, logger: Logger): Promise<PostgresEventListener> {
    const listener = new PostgresEventListener(databaseUrl, events, logger);
    await listener.connect();
    return listener;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'lindungi-events' });
    client.on('notification', (message) => {
      if (message.channel !== EVENT_CHANNEL || !message.payload) return;
      try {
        this.events.deliver(JSON.parse(message.payload) as EventEnvelope);
      } catch (error) {
        this.logger.error({ err: error }, 'dropped a malformed domain event');
      }
    });
    const dropped = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.events.disconnected();
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'domain event connection failed; reconnecting');
      dropped();
    });
    client.on('end', dropped);
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    // Events committed while the connection was down were announced to nobody: feeds re-read their tables.
    if (this.connectedBefore) this.events.reconnected();
    this.connectedBefore = true;
  }

  private scheduleReconnect(): void {
    if (this.closing || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'domain event connection still down');
        this.scheduleReconnect();
      });
    }, RECONNECT_DELAY_MS);
    this.reconnectTimer.unref();
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }
}
