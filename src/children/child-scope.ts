import type { Actor } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';

import { anyOf, EVERYTHING as EVERYONE, NOTHING as NOBODY, type SqlCondition } from '../shared/sql-condition';

export type { SqlCondition };

/**
 * Which children an actor may see, as one SQL condition over `child` aliased `alias`. Every path to a
 * child (by id, lists, search, nested from a guardian, institution or companion, loaders) applies it,
 * so a child outside the scope is simply not found. Roles add up:
 * - SUPERVISOR: children in their area, or all when they have none (the head of the bidang);
 * - SOCIAL_WORKER: children in their area;
 * - HOTLINE_OPERATOR: all children, to find the one a caller speaks of (sensitive fields stay closed);
 * - COMPANION: the children in their current caseload;
 * - INSTITUTION_STAFF: the children placed in their institution now;
 * - EXPERT_ADVISOR: the children a supervision session of theirs (not cancelled) shares with them;
 * - AUDITOR, ADMIN: none;
 * - PUBLIC: none; SYSTEM (the command line): all.
 */
export function childScope(actor: Actor, alias = 'c'): SqlCondition {
  if (actor.kind === 'SYSTEM') return EVERYONE;
  if (actor.kind === 'PUBLIC') return NOBODY;
  const conditions: SqlCondition[] = [];
  const has = (role: StaffRole) => actor.roles.includes(role);
  if (has(StaffRole.HOTLINE_OPERATOR)) return EVERYONE;
  if (has(StaffRole.SUPERVISOR)) {
    if (!actor.area) return EVERYONE;
    conditions.push({ sql: `${alias}.area = ?`, params: [actor.area] });
  }
  if (has(StaffRole.SOCIAL_WORKER) && actor.area) conditions.push({ sql: `${alias}.area = ?`, params: [actor.area] });
  if (has(StaffRole.COMPANION) && actor.workerId) {
    conditions.push({
      sql: `${alias}.id in (select ca.child_id from companion_assignment ca where ca.companion_id = ? and ca.ended_on is null)`,
      params: [actor.workerId],
    });
  }
  if (has(StaffRole.INSTITUTION_STAFF) && actor.institutionId) {
    conditions.push({
      sql: `${alias}.id in (select p.child_id from placement p where p.institution_id = ? and p.ended_on is null)`,
      params: [actor.institutionId],
    });
  }
  if (has(StaffRole.EXPERT_ADVISOR) && actor.workerId) {
    conditions.push({
      sql: `${alias}.id in (select ssc.child_id from supervision_session_child ssc join supervision_session ss on ss.id = ssc.session_id
        where ss.expert_id = ? and ssc.shared_with_expert and ss.status <> 'CANCELLED')`,
      params: [actor.workerId],
    });
  }
  return anyOf(conditions);
}

/** The ids of the children in scope, as a subquery: `<column> in (...)`. */
export function childIdsInScope(actor: Actor, column: string): SqlCondition {
  const scope = childScope(actor, 'scoped_child');
  if (scope === EVERYONE) return EVERYONE;
  return { sql: `${column} in (select scoped_child.id from child scoped_child where ${scope.sql})`, params: scope.params };
}
