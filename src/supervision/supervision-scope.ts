import type { Actor } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';
import { anyOf, EVERYTHING, NOTHING, type SqlCondition } from '../shared/sql-condition';

/**
 * The sessions that are the actor's own, as SQL over `supervision_session` aliased `alias`: as the
 * expert, as a worker taking part, or as the one who requested it. This is what `mySupervisionSessions`
 * and the calendar carry.
 */
export function ownSessions(actor: Actor, alias = 's'): SqlCondition {
  if (actor.kind === 'SYSTEM') return EVERYTHING;
  if (actor.kind !== 'STAFF') return NOTHING;
  const conditions: SqlCondition[] = [{ sql: `${alias}.requested_by = ?`, params: [actor.staffAccountId] }];
  if (actor.workerId) {
    conditions.push({ sql: `${alias}.expert_id = ?`, params: [actor.workerId] });
    conditions.push({
      sql: `exists (select 1 from supervision_participant own_p where own_p.session_id = ${alias}.id and own_p.worker_id = ?)`,
      params: [actor.workerId],
    });
  }
  return anyOf(conditions);
}

/**
 * The sessions an actor may read: their own, and for supervisors those of their area (all when they have
 * none); administrators every one. Anything else is answered as not found.
 */
export function sessionReadScope(actor: Actor, alias = 's'): SqlCondition {
  if (actor.kind === 'SYSTEM') return EVERYTHING;
  if (actor.kind !== 'STAFF') return NOTHING;
  if (actor.roles.includes(StaffRole.ADMIN)) return EVERYTHING;
  const conditions = [ownSessions(actor, alias)];
  if (actor.roles.includes(StaffRole.SUPERVISOR)) {
    if (!actor.area) return EVERYTHING;
    conditions.push({ sql: `${alias}.area = ?`, params: [actor.area] });
  }
  return anyOf(conditions);
}
