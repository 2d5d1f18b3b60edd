import type { Actor } from '../shared/auth/actor';
import { anyOf, type SqlCondition } from '../shared/sql-condition';
import { StaffRole } from '../shared/auth/roles';
import type { CaseEvent } from './case-event.entity';
import { EventAudience } from './case.enums';

/**
 * Whether a subscriber may receive an event, decided for each event at delivery time (roles and area as
 * read when the subscription started; a deactivated account's subscriptions are closed). Complaints (OVERSIGHT) reach auditors and administrators only, never the
 * supervisors in the accused's normal chain; casework reaches hotline operators, supervisors of the area
 * (or all, without an area) and social workers of the area.
 */
export function mayReceive(actor: Actor, event: Pick<CaseEvent, 'audience' | 'area'>): boolean {
  if (actor.kind === 'SYSTEM') return true;
  if (actor.kind !== 'STAFF') return false;
  const has = (role: StaffRole) => actor.roles.includes(role);
  if (event.audience === EventAudience.OVERSIGHT) return has(StaffRole.AUDITOR) || has(StaffRole.ADMIN);
  if (has(StaffRole.HOTLINE_OPERATOR)) return true;
  if (has(StaffRole.SUPERVISOR) && (!actor.area || actor.area === event.area)) return true;
  return has(StaffRole.SOCIAL_WORKER) && actor.area !== null && actor.area === event.area;
}

/** The same rule as SQL over `case_event` aliased `e`, for replaying missed events. */
export function receivableCondition(actor: Actor): SqlCondition {
  if (actor.kind === 'SYSTEM') return { sql: 'true', params: [] };
  if (actor.kind !== 'STAFF') return { sql: 'false', params: [] };
  const has = (role: StaffRole) => actor.roles.includes(role);
  const parts: SqlCondition[] = [];
  if (has(StaffRole.AUDITOR) || has(StaffRole.ADMIN)) parts.push({ sql: 'e.audience = ?', params: [EventAudience.OVERSIGHT] });
  if (has(StaffRole.HOTLINE_OPERATOR) || (has(StaffRole.SUPERVISOR) && !actor.area)) {
    parts.push({ sql: 'e.audience = ?', params: [EventAudience.CASEWORK] });
  } else if ((has(StaffRole.SUPERVISOR) || has(StaffRole.SOCIAL_WORKER)) && actor.area) {
    parts.push({ sql: '(e.audience = ? and e.area = ?)', params: [EventAudience.CASEWORK, actor.area] });
  }
  return anyOf(parts);
}
