import type { AuthChecker } from 'type-graphql';
import { policyOf, PUBLIC, type PolicyEntry } from '../../authorization-policy';
import { recordRefusedChange } from '../../audit/change-audit';
import type { RequestContext } from '../request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import type { Actor } from './actor';

/** Whether the actor's roles may use what `entry` governs (the reach within it is the services' to apply). */
export function mayUse(actor: Actor, entry: PolicyEntry | undefined): boolean {
  if (!entry) return false;
  if (entry[PUBLIC]) return true;
  if (actor.kind === 'SYSTEM') return true;
  return actor.kind === 'STAFF' && actor.roles.some((role) => entry[role] !== undefined);
}

/** What a caller the policy refuses is told: to sign in when signed out, that their role does not allow it otherwise. */
export function refusalFor(actor: Actor): UnauthenticatedError | ForbiddenError {
  return actor.kind === 'PUBLIC' ? new UnauthenticatedError() : new ForbiddenError();
}

/**
 * Deny by default: the policy table decides for each guarded operation or field, by `Type.field`; no
 * entry, or no role of the caller in it, is a refusal. A signed-out caller is told to sign in; a
 * signed-in one that their role does not allow it.
 */
export const authChecker: AuthChecker<RequestContext> = async ({ context, info, args }) => {
  const { actor } = context;
  if (mayUse(actor, policyOf(`${info.parentType.name}.${info.fieldName}`))) return true;
  const refusal = refusalFor(actor);
  // A refused change goes on record too (the policy check runs before the audit middleware).
  if (info.parentType.name === 'Mutation') await recordRefusedChange(context, `Mutation.${info.fieldName}`, args, refusal.code);
  throw refusal;
};
