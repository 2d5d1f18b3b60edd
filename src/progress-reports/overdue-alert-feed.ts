import type { Actor } from '../shared/auth/actor';
import { StaffRole, type JakartaArea } from '../shared/auth/roles';
import { outboxFeed, sequencedTable } from '../shared/events/outbox-feed';
import type { RequestContext } from '../shared/request-context';
import { anyOf, EVERYTHING, NOTHING, type SqlCondition } from '../shared/sql-condition';
import { OverdueReportAlert } from './overdue-alert.entities';
import { OVERDUE_REPORT_ALERT_RAISED } from './overdue-alert.events';

export interface OverdueAlertFilter {
  afterSequence?: string;
  areas?: JakartaArea[];
  minimumLevel?: number;
}

/** From this level on, an alert also reaches the supervisors' head (a supervisor bound to no area). */
const HEAD_LEVEL = 2;

/**
 * Who receives which alert, as SQL over `overdue_report_alert` aliased `a`: administrators every alert; a
 * supervisor of an area the alerts of companions of that area, from level 1; the supervisors' head (a
 * supervisor with no area) every area's alerts from level 2, when they escalate. Nobody else.
 */
export function alertAccessCondition(actor: Actor): SqlCondition {
  if (actor.kind === 'SYSTEM') return EVERYTHING;
  if (actor.kind !== 'STAFF') return NOTHING;
  if (actor.roles.includes(StaffRole.ADMIN)) return EVERYTHING;
  if (!actor.roles.includes(StaffRole.SUPERVISOR)) return NOTHING;
  return anyOf([actor.area ? { sql: 'a.area = ?', params: [actor.area] } : { sql: 'a.level >= ?', params: [HEAD_LEVEL] }]);
}

/** One supervisor's alert feed: what they missed after `afterSequence`, then alerts as they are raised. */
export function overdueAlertFeed(context: RequestContext, filter: OverdueAlertFilter): AsyncGenerator<OverdueReportAlert> {
  const access = alertAccessCondition(context.actor);
  return outboxFeed(
    context,
    {
      topic: OVERDUE_REPORT_ALERT_RAISED,
      ...sequencedTable(OverdueReportAlert, 'overdue_report_alert', 'a', access),
      sequenceOf: (alert) => BigInt(alert.sequence),
      matches: (alert) =>
        (!filter.areas?.length || (alert.area !== null && filter.areas.includes(alert.area))) && alert.level >= (filter.minimumLevel ?? 1),
    },
    filter.afterSequence,
  );
}
