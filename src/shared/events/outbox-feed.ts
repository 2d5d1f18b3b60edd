import type { EntityName, QBQueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlCondition } from '../sql-condition';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { BadUserInputError } from '../errors/domain-error';
import type { RequestContext } from '../request-context';
import { SingleFlight } from '../single-flight';
import type { DomainTopic } from './domain-events';

/** An append-only table whose `sequence` grows in commit order, announced on `topic` after each commit. */
export interface OutboxSource<Row> {
  topic: DomainTopic;
  /** The highest sequence committed so far (0 when empty). */
  latest(em: EntityManager): Promise<bigint>;
  /**
   * Up to `limit` rows after `after` that the subscriber may receive, in sequence order, read through a
   * fork of `em` of its own (made only when a read really runs: subscribers sharing a read share its fork).
   */
  readAfter(em: EntityManager, after: bigint, limit: number): Promise<Row[]>;
  sequenceOf(row: Row): bigint;
  /** The subscriber's own filter (areas, kinds...), applied after access. */
  matches(row: Row): boolean;
}

const REPLAY_BATCH = 500;
/** While the database is briefly out of reach (a restart), a feed retries its read every second for up to 30 s. */
const UNAVAILABLE_RETRY_MS = 1000;
const UNAVAILABLE_ATTEMPTS = 30;

/** Subscribers of one process woken by one notification, at the same position under the same access rule, share one read. */
const sharedReads = new SingleFlight<unknown[]>();

/**
 * `latest` and `readAfter` over an outbox table whose primary key is `sequence`, read through an access
 * rule written as SQL over the alias `alias` (so a subscriber never reads a row it may not receive).
 */
export function sequencedTable<Row extends { sequence: string }>(
  entity: EntityName<Row>,
  table: string,
  alias: string,
  access: SqlCondition,
): Pick<OutboxSource<Row>, 'latest' | 'readAfter'> {
  const rule = `${table}|${access.sql}|${JSON.stringify(access.params)}`;
  return {
    async latest(em) {
      const [row] = await em.getConnection().execute<Array<{ latest: string | null }>>(`select max(sequence) as latest from ${table}`);
      return BigInt(row.latest ?? '0');
    },
    readAfter: (em, after, limit) =>
      (sharedReads as SingleFlight<Row[]>).run(`${rule}|${after}|${limit}`, () =>
        (em.fork() as EntityManager)
          .createQueryBuilder(entity, alias)
          .select('*')
          .where(`${alias}.sequence > ?`, [after.toString()])
          .andWhere(access.sql, access.params)
          .orderBy({ sequence: 'asc' } as QBQueryOrderMap<Row>)
          .limit(limit)
          .getResultList(),
      ),
  };
}

/**
 * One subscriber's feed over an outbox: first every row after `afterSequence`, then live rows as they
 * commit, with no gap and no duplicate. A live notification only says "there may be something new": the
 * subscriber then reads everything after the last sequence it delivered. Sequences follow commit order
 * (writers serialise on an advisory lock), so this holds even when a transport delivers notifications out
 * of order, and a notification missed while catching up is covered by the next read.
 *
 * Ending the feed (the client unsubscribes or disconnects) ends the live signals first: a generator
 * waiting for a signal cannot take a `return()` until that wait ends, so without it a quiet feed would
 * never finish and its listener would stay registered.
 */
export function outboxFeed<Row>(context: RequestContext, source: OutboxSource<Row>, afterSequence: string | undefined): AsyncGenerator<Row> {
  // Coalesced: a subscriber busy sending (or stalled on a slow socket) holds at most one pending signal.
  const signals = context.events.signals(source.topic); // listens from now on, so nothing committed later is missed
  const firstSignal = signals.next();
  const feed = readFeed(context, source, afterSequence, signals, firstSignal);
  return Object.assign(Object.create(feed) as AsyncGenerator<Row>, {
    next: () => feed.next(),
    throw: (error: unknown) => feed.throw(error),
    async return(value: Row) {
      await signals.return?.();
      return feed.return(value);
    },
  });
}

async function* readFeed<Row>(
  context: RequestContext,
  source: OutboxSource<Row>,
  afterSequence: string | undefined,
  signals: AsyncIterator<void>,
  firstSignal: Promise<IteratorResult<void>>,
): AsyncGenerator<Row> {
  try {
    if (afterSequence !== undefined && !/^\d{1,19}$/.test(afterSequence)) {
      throw new BadUserInputError('afterSequence must be the sequence of an event you received.', { field: 'afterSequence' });
    }
    // "From now on" is the latest sequence once listening has started: anything committed after it comes
    // through the catch-up below or a signal.
    let last = afterSequence !== undefined ? BigInt(afterSequence) : await source.latest(context.em);

    /** The next rows; a lost database (a restart) is waited for instead of ending the subscriber's feed. */
    const readNext = async (): Promise<Row[]> => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await source.readAfter(context.em, last, REPLAY_BATCH);
        } catch (error) {
          if (!isDatabaseUnavailable(error) || attempt >= UNAVAILABLE_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, UNAVAILABLE_RETRY_MS));
        }
      }
    };

    const catchUp = async function* (): AsyncGenerator<Row> {
      for (;;) {
        const batch = await readNext();
        for (const row of batch) {
          last = source.sequenceOf(row);
          if (source.matches(row)) yield row;
        }
        if (batch.length < REPLAY_BATCH) return;
      }
    };

    yield* catchUp();
    for (let next = await firstSignal; !next.done; next = await signals.next()) yield* catchUp();
  } finally {
    await signals.return?.();
  }
}
