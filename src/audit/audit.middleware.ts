import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../shared/request-context';
import { auditedMutation } from './change-audit';

/**
 * Puts every mutation and every read of personal data on record: mutations get their audit line (in the
 * transaction of their change), and each field resolved on a child, or a sensitive field elsewhere, is
 * noted for the request's read lines. Runs before the policy check, so refused attempts are recorded too.
 */
export const auditMiddleware: MiddlewareFn<RequestContext> = async ({ context, info, args, root }, next) => {
  if (info.parentType.name === 'Mutation') return auditedMutation(context, `Mutation.${info.fieldName}`, args, next);
  const result: unknown = await next();
  context.audit.noteField(info.parentType.name, info.fieldName, root);
  return result;
};
