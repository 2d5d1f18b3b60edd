import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvents } from '../shared/events/domain-events';
import { CaseEvent } from './case-event.entity';

/** Published after the commit of every case event; subscribers read the event row itself. */
export const CASE_EVENT_RECORDED = 'CASE_EVENT_RECORDED';

export interface CaseEventRecorded {
  sequence: string;
}

declare module '../shared/events/domain-events' {
  interface DomainEventMap {
    [CASE_EVENT_RECORDED]: CaseEventRecorded;
  }
}

/** Any constant: the advisory lock that makes event writers take their sequence numbers in commit order. */
const CASE_EVENT_WRITER_LOCK = 164_0001;

/** An event's kind and audience, and whichever of its facts apply (the rest stay null). */
export type CaseEventData = Pick<CaseEvent, 'kind' | 'audience'> &
  Partial<Pick<CaseEvent, 'reportId' | 'caseId' | 'reportKind' | 'area' | 'riskLevel' | 'detail' | 'actorId'>>;

/**
 * Appends events inside the caller's transaction, in order, and announces them on commit. Writers serialise
 * on an advisory lock held to the end of their transaction, so a higher sequence is never committed before a
 * lower one and a subscriber resuming after N misses nothing. Call it once, as late in the transaction as
 * the change allows: one lock, one insert and one announcement for all the events of a change, and the
 * lock held for as short a time as can be.
 */
export async function appendCaseEvents(em: EntityManager, events: DomainEvents, data: readonly CaseEventData[]): Promise<string[]> {
  await em.execute('select pg_advisory_xact_lock(?)', [CASE_EVENT_WRITER_LOCK]);
  const sequences = (await em.insertMany(CaseEvent, [...data])).map(String);
  // One announcement for them all: a subscriber reads every row after the last it delivered.
  await events.publish(em, CASE_EVENT_RECORDED, { sequence: sequences[sequences.length - 1] });
  return sequences;
}

export async function appendCaseEvent(em: EntityManager, events: DomainEvents, data: CaseEventData): Promise<string> {
  const [sequence] = await appendCaseEvents(em, events, [data]);
  return sequence;
}
