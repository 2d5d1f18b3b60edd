import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { AccessRule } from './roles';

/**
 * Deny by default: a field with no rule, or whose rules do not name the caller, is refused. A signed-out
 * caller is told to sign in; a signed-in one is told their role does not allow it.
 */
export const authChecker: AuthChecker<RequestContext, AccessRule> = ({ context }, rules) => {
  const { actor } = context;
  if (rules.includes(AccessRule.PUBLIC)) return true;
  if (actor.kind === 'SYSTEM') return true;
  if (actor.kind === 'PUBLIC') throw new UnauthenticatedError();
  if (rules.includes(AccessRule.ANY_STAFF)) return true;
  if (actor.roles.some((role) => rules.includes(role))) return true;
  throw new ForbiddenError();
};
