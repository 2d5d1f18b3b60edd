import type { RequestContext } from '../shared/request-context';
import type { ReportKind } from '../hotline/hotline.enums';
import type { JakartaArea } from '../shared/auth/roles';
import { BadUserInputError } from '../shared/errors/domain-error';
import { CaseEvent } from './case-event.entity';
import { CASE_EVENT_RECORDED } from './case-event.outbox';
import { mayReceive, receivableCondition } from './case-feed.access';

export interface CaseFeedFilter {
  afterSequence?: string;
  areas?: JakartaArea[];
  reportKinds?: ReportKind[];
}

const REPLAY_BATCH = 500;

function matches(event: CaseEvent, filter: CaseFeedFilter): boolean {
  if (filter.areas?.length && (!event.area || !filter.areas.includes(event.area))) return false;
  if (filter.reportKinds?.length && (!event.reportKind || !filter.reportKinds.includes(event.reportKind))) return false;
  return true;
}

/**
 * The live case feed of one subscriber: first every event after `afterSequence` that they may see (from
 * the outbox table), then live events as they commit, with no gap and no duplicate. The live listener is
 * attached before the replay query, and anything at or below the last replayed sequence is skipped.
 */
export async function* caseFeed(context: RequestContext, filter: CaseFeedFilter): AsyncGenerator<CaseEvent> {
  if (filter.afterSequence !== undefined && !/^\d{1,19}$/.test(filter.afterSequence)) {
    throw new BadUserInputError('afterSequence must be the sequence of an event you received.', { field: 'afterSequence' });
  }
  const live = context.events.subscribe(CASE_EVENT_RECORDED)[Symbol.asyncIterator]();
  const firstLive = live.next(); // starts listening now, so nothing committed during the replay is lost
  try {
    let last = BigInt(filter.afterSequence ?? '0');
    if (filter.afterSequence !== undefined) {
      const access = receivableCondition(context.actor);
      for (;;) {
        const batch = await context.em
          .fork()
          .createQueryBuilder(CaseEvent, 'e')
          .select('*')
          .where('e.sequence > ?', [last.toString()])
          .andWhere(access.sql, access.params)
          .orderBy({ sequence: 'asc' })
          .limit(REPLAY_BATCH)
          .getResultList();
        for (const event of batch) {
          last = BigInt(event.sequence);
          if (matches(event, filter)) yield event;
        }
        if (batch.length < REPLAY_BATCH) break;
      }
    }
    for (let next = await firstLive; !next.done; next = await live.next()) {
      const sequence = BigInt(next.value.sequence);
      if (sequence <= last) continue;
      last = sequence;
      const event = await context.em.fork().findOne(CaseEvent, { sequence: next.value.sequence });
      if (event && mayReceive(context.actor, event) && matches(event, filter)) yield event;
    }
  } finally {
    await live.return?.();
  }
}
