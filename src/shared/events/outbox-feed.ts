import type { EntityName, QBQueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlCondition } from '../sql-condition';
import { BadUserInputError } from '../errors/domain-error';
import type { RequestContext } from '../request-context';
import type { DomainTopic } from './domain-events';

/** An append-only table whose `sequence` grows in commit order, announced on `topic` after each commit. */
export interface OutboxSource<Row> {
  topic: DomainTopic;
  /** The highest sequence committed so far (0 when empty). */
  latest(em: EntityManager): Promise<bigint>;
  /** Up to `limit` rows after `after` that the subscriber may receive, in sequence order. */
  readAfter(em: EntityManager, after: bigint, limit: number): Promise<Row[]>;
  sequenceOf(row: Row): bigint;
  /** The subscriber's own filter (areas, kinds...), applied after access. */
  matches(row: Row): boolean;
}

const REPLAY_BATCH = 500;

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
  return {
    async latest(em) {
      const [row] = await em.getConnection().execute<Array<{ latest: string | null }>>(`select max(sequence) as latest from ${table}`);
      return BigInt(row.latest ?? '0');
    },
    readAfter: (em, after, limit) =>
      em
        .createQueryBuilder(entity, alias)
        .select('*')
        .where(`${alias}.sequence > ?`, [after.toString()])
        .andWhere(access.sql, access.params)
        .orderBy({ sequence: 'asc' } as QBQueryOrderMap<Row>)
        .limit(limit)
        .getResultList(),
  };
}

/**
 * One subscriber's feed over an outbox: first every row after `afterSequence`, then live rows as they
 * commit, with no gap and no duplicate. A live notification only says "there is something after N": the
 * subscriber then reads everything after the last sequence it delivered. Sequences follow commit order
 * (writers serialise on an advisory lock), so this holds even when a transport delivers notifications out
 * of order, and a notification missed while catching up is covered by the next read.
 *
 * Ending the feed (the client unsubscribes or disconnects) ends the live subscription first: a generator
 * waiting for a notification cannot take a `return()` until that wait ends, so without it a quiet feed
 * would never finish and its listener would stay registered.
 */
export function outboxFeed<Row>(context: RequestContext, source: OutboxSource<Row>, afterSequence: string | undefined): AsyncGenerator<Row> {
  const live = (context.events.subscribe(source.topic) as AsyncIterable<{ sequence: string }>)[Symbol.asyncIterator]();
  const firstLive = live.next(); // starts listening now, so nothing committed from here on is missed
  const feed = readFeed(context, source, afterSequence, live, firstLive);
  return Object.assign(Object.create(feed) as AsyncGenerator<Row>, {
    next: () => feed.next(),
    throw: (error: unknown) => feed.throw(error),
    async return(value: Row) {
      await live.return?.();
      return feed.return(value);
    },
  });
}

async function* readFeed<Row>(
  context: RequestContext,
  source: OutboxSource<Row>,
  afterSequence: string | undefined,
  live: AsyncIterator<{ sequence: string }>,
  firstLive: Promise<IteratorResult<{ sequence: string }>>,
): AsyncGenerator<Row> {
  try {
    if (afterSequence !== undefined && !/^\d{1,19}$/.test(afterSequence)) {
      throw new BadUserInputError('afterSequence must be the sequence of an event you received.', { field: 'afterSequence' });
    }
    // "From now on" is the latest sequence once listening has started: anything committed after it comes
    // through the catch-up below or a notification.
    let last = afterSequence !== undefined ? BigInt(afterSequence) : await source.latest(context.em.fork() as EntityManager);

    const catchUp = async function* (): AsyncGenerator<Row> {
      for (;;) {
        const batch = await source.readAfter(context.em.fork() as EntityManager, last, REPLAY_BATCH);
        for (const row of batch) {
          last = source.sequenceOf(row);
          if (source.matches(row)) yield row;
        }
        if (batch.length < REPLAY_BATCH) return;
      }
    };

    yield* catchUp();
    for (let next = await firstLive; !next.done; next = await live.next()) {
      if (BigInt(next.value.sequence) > last) yield* catchUp();
    }
  } finally {
    await live.return?.();
  }
}
