import { anyOf, type SqlCondition } from '../shared/sql-condition';
import type { Actor } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';

/**
 * Which protection cases an actor may see, as SQL over `protection_case` aliased `alias`: hotline
 * operators all; supervisors their area (all without one); social workers their area and the cases they
 * were dispatched to. A case outside the scope is "not found".
 */
export function caseScope(actor: Actor, alias = 'pc'): SqlCondition {
  if (actor.kind === 'SYSTEM') return { sql: 'true', params: [] };
  if (actor.kind !== 'STAFF') return { sql: 'false', params: [] };
  const has = (role: StaffRole) => actor.roles.includes(role);
  if (has(StaffRole.HOTLINE_OPERATOR) || (has(StaffRole.SUPERVISOR) && !actor.area)) return { sql: 'true', params: [] };
  const parts: SqlCondition[] = [];
  if ((has(StaffRole.SUPERVISOR) || has(StaffRole.SOCIAL_WORKER)) && actor.area) parts.push({ sql: `${alias}.area = ?`, params: [actor.area] });
  if (has(StaffRole.SOCIAL_WORKER) && actor.workerId) {
    parts.push({ sql: `${alias}.id in (select d.protection_case_id from dispatch d where d.worker_id = ?)`, params: [actor.workerId] });
  }
  return anyOf(parts);
}
