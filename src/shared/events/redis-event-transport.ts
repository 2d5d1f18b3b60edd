import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventManager, TransactionEventArgs } from '@mikro-orm/core';
import Redis from 'ioredis';
import type { Logger } from '../logger';
import type { DomainEvents, EventEnvelope, EventSender } from './domain-events';

/**
 * Domain events over Redis pub/sub, for deployments that run Redis anyway. Redis knows nothing of our
 * transactions, so envelopes wait for MikroORM's after-commit hook and are dropped on rollback. The
 * channel is named after the database, so instances of different databases never hear each other.
 */
export class RedisEventTransport implements EventSender {
  private readonly pending = new WeakMap<object, EventEnvelope[]>();
  private subscriber?: Redis;

  private constructor(
    private readonly publisher: Redis,
    private readonly redisUrl: string,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Connects before returning: ioredis 5 can lose a command sent while it is still connecting.
   * `eventManager` is the ORM's, so transactions report their commits and rollbacks here.
   */
  static async connect(redisUrl: string, channel: string, eventManager: EventManager, logger: Logger): Promise<RedisEventTransport> {
    const publisher = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    await publisher.connect();
    const transport = new RedisEventTransport(publisher, redisUrl, channel, logger);
    eventManager.registerSubscriber({
      afterTransactionCommit: (args: TransactionEventArgs) => transport.flush(args.transaction as object | undefined),
      afterTransactionRollback: (args: TransactionEventArgs) => void (args.transaction && transport.pending.delete(args.transaction as object)),
    });
    return transport;
  }

  async send(em: EntityManager, envelope: EventEnvelope): Promise<void> {
    const transaction = em.getTransactionContext() as object | undefined;
    if (!transaction) {
      await this.publisher.publish(this.channel, JSON.stringify(envelope));
      return;
    }
    const queued = this.pending.get(transaction) ?? [];
    queued.push(envelope);
    this.pending.set(transaction, queued);
  }

  /** Starts delivering envelopes published by any instance to this process's subscribers. */
  async listen(events: DomainEvents): Promise<void> {
    const subscriber = new Redis(this.redisUrl, { lazyConnect: true });
    await subscriber.connect();
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        events.deliver(JSON.parse(message) as EventEnvelope);
      } catch (error) {
        this.logger.error({ err: error }, 'dropped a malformed domain event from Redis');
      }
    });
    await subscriber.subscribe(this.channel);
    // ioredis reconnects and resubscribes by itself; messages published meanwhile are gone, so feeds re-read.
    subscriber.on('ready', () => events.reconnected());
    subscriber.on('close', () => events.disconnected());
    this.subscriber = subscriber;
  }

  async close(): Promise<void> {
    await this.subscriber?.quit();
    await this.publisher.quit();
  }

  /** `transaction` is knex's transaction, which is a function object. */
  private async flush(transaction: object | undefined): Promise<void> {
    if (!transaction) return;
    const queued = this.pending.get(transaction);
    this.pending.delete(transaction);
    for (const envelope of queued ?? []) await this.publisher.publish(this.channel, JSON.stringify(envelope));
  }
}
