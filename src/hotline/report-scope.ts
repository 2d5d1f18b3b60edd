import { anyOf, type SqlCondition } from '../shared/sql-condition';
import type { Actor } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';
import { ReportKind } from './hotline.enums';

const COMPLAINTS = [ReportKind.UNRESPONSIVE_OFFICER, ReportKind.FUND_MISUSE];

/**
 * Which reports an actor may read, as SQL over `hotline_report` aliased `alias`: complaints only by
 * auditors and administrators (never the accused's chain); reports of children at risk by hotline
 * operators, supervisors of the area (all without one) and social workers of the area.
 */
export function reportScope(actor: Actor, alias = 'r'): SqlCondition {
  if (actor.kind === 'SYSTEM') return { sql: 'true', params: [] };
  if (actor.kind !== 'STAFF') return { sql: 'false', params: [] };
  const has = (role: StaffRole) => actor.roles.includes(role);
  const parts: SqlCondition[] = [];
  if (has(StaffRole.AUDITOR) || has(StaffRole.ADMIN)) parts.push({ sql: `${alias}.kind in (?, ?)`, params: COMPLAINTS });
  if (has(StaffRole.HOTLINE_OPERATOR) || (has(StaffRole.SUPERVISOR) && !actor.area)) {
    parts.push({ sql: `${alias}.kind = ?`, params: [ReportKind.CHILD_AT_RISK] });
  } else if ((has(StaffRole.SUPERVISOR) || has(StaffRole.SOCIAL_WORKER)) && actor.area) {
    parts.push({ sql: `(${alias}.kind = ? and ${alias}.area = ?)`, params: [ReportKind.CHILD_AT_RISK, actor.area] });
  }
  return anyOf(parts);
}
