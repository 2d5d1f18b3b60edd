import type { RiskLevel } from '../children/child.enums';
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
  riskLevels?: RiskLevel[];
}

const REPLAY_BATCH = 500;

function matches(event: CaseEvent, filter: CaseFeedFilter): boolean {
  if (filter.areas?.length && (!event.area || !filter.areas.includes(event.area))) return false;
  if (filter.reportKinds?.length && (!event.reportKind || !filter.reportKinds.includes(event.reportKind))) return false;
  if (filter.riskLevels?.length && (!event.riskLevel || !filter.riskLevels.includes(event.riskLevel))) return false;
  return true;
}

/**
 * The live case feed of one subscriber: first every event after `afterSequence` that they may see, then
 * live events as they commit, with no gap and no duplicate. A live notification only says "there is
 * something after N": the subscriber then reads everything after the last sequence it delivered from the
 * outbox. Sequences follow commit order, so this holds even when a transport delivers notifications out
 * of order, and a notification missed while catching up is covered by the next read.
 */
export async function* caseFeed(context: RequestContext, filter: CaseFeedFilter): AsyncGenerator<CaseEvent> {
  if (filter.afterSequence !== undefined && !/^\d{1,19}$/.test(filter.afterSequence)) {
    throw new BadUserInputError('afterSequence must be the sequence of an event you received.', { field: 'afterSequence' });
  }
  // "From now on" is the latest sequence before listening starts; the catch-up right after the listener
  // is attached covers anything committed in between.
  let last = filter.afterSequence !== undefined ? BigInt(filter.afterSequence) : await latestSequence(context);
  const live = context.events.subscribe(CASE_EVENT_RECORDED)[Symbol.asyncIterator]();
  const firstLive = live.next(); // starts listening now, so nothing committed from here on is missed
  const access = receivableCondition(context.actor);

  async function* catchUp(): AsyncGenerator<CaseEvent> {
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
        if (mayReceive(context.actor, event) && matches(event, filter)) yield event;
      }
      if (batch.length < REPLAY_BATCH) return;
    }
  }

  try {
    yield* catchUp();
    for (let next = await firstLive; !next.done; next = await live.next()) {
      if (BigInt(next.value.sequence) > last) yield* catchUp();
    }
  } finally {
    await live.return?.();
  }
}

async function latestSequence(context: RequestContext): Promise<bigint> {
  const [row] = await context.em.fork().getConnection().execute<Array<{ latest: string | null }>>('select max(sequence) as latest from case_event');
  return BigInt(row.latest ?? '0');
}
