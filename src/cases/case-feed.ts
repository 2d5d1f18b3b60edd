import type { RiskLevel } from '../children/child.enums';
import type { RequestContext } from '../shared/request-context';
import type { ReportKind } from '../hotline/hotline.enums';
import type { JakartaArea } from '../shared/auth/roles';
import type { CaseEventKind } from './case.enums';
import { outboxFeed, sequencedTable } from '../shared/events/outbox-feed';
import { CaseEvent } from './case-event.entity';
import { CASE_EVENT_RECORDED } from './case-event.outbox';
import { mayReceive, receivableCondition } from './case-feed.access';

export interface CaseFeedFilter {
  afterSequence?: string;
  kinds?: CaseEventKind[];
  areas?: JakartaArea[];
  reportKinds?: ReportKind[];
  riskLevels?: RiskLevel[];
}

function matches(event: CaseEvent, filter: CaseFeedFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(event.kind)) return false;
  if (filter.areas?.length && (!event.area || !filter.areas.includes(event.area))) return false;
  if (filter.reportKinds?.length && (!event.reportKind || !filter.reportKinds.includes(event.reportKind))) return false;
  if (filter.riskLevels?.length && (!event.riskLevel || !filter.riskLevels.includes(event.riskLevel))) return false;
  return true;
}

/** The live case feed of one subscriber: what they missed after `afterSequence`, then live events. */
export function caseFeed(context: RequestContext, filter: CaseFeedFilter): AsyncGenerator<CaseEvent> {
  const access = receivableCondition(context.actor);
  return outboxFeed(
    context,
    {
      topic: CASE_EVENT_RECORDED,
      ...sequencedTable(CaseEvent, 'case_event', 'e', access),
      sequenceOf: (event) => BigInt(event.sequence),
      matches: (event) => mayReceive(context.actor, event) && matches(event, filter),
    },
    filter.afterSequence,
  );
}
