import { childIdsInScope } from '../children/child-scope';
import type { Actor } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';
import { anyOf, EVERYTHING, NOTHING, type SqlCondition } from '../shared/sql-condition';

/**
 * Which grants (and their ledger lines) an actor may read, as SQL over the column holding the grant's
 * child id: auditors and administrators read every grant (the money trail); staff who work with children
 * read the grants of the children in their scope; the public reads none.
 */
export function grantReadScope(actor: Actor, childIdColumn: string): SqlCondition {
  if (actor.kind === 'SYSTEM') return EVERYTHING;
  if (actor.kind === 'PUBLIC') return NOTHING;
  if (actor.roles.includes(StaffRole.AUDITOR) || actor.roles.includes(StaffRole.ADMIN)) return EVERYTHING;
  return anyOf([childIdsInScope(actor, childIdColumn)]);
}

/** Which grants an actor may change: only those of children in their own scope (never through an audit view). */
export function grantChangeScope(actor: Actor, childIdColumn: string): SqlCondition {
  if (actor.kind === 'PUBLIC') return NOTHING;
  return childIdsInScope(actor, childIdColumn);
}
