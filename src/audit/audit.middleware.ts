import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../shared/request-context';
import { isNotedPerField } from './access-recorder';
import { auditedMutation } from './change-audit';

/**
 * Puts every mutation and every read of personal data on record: mutations get their audit line (in the
 * transaction of their change), and each sensitive field resolved is noted for the request's read lines (a
 * child's fields are noted where a field returns the child: `noteChildrenWhereReturned`). Runs before the
 * policy check, so refused attempts are recorded too.
 */
export const auditMiddleware: MiddlewareFn<RequestContext> = ({ context, info, args, root }, next) => {
  const typeName = info.parentType.name;
  if (typeName === 'Mutation') return auditedMutation(context, `Mutation.${info.fieldName}`, args, next);
  // Most fields are not on record: hand them on untouched, without an extra promise per field.
  if (!isNotedPerField(typeName, info.fieldName)) return next();
  return next().then((result: unknown) => {
    context.audit.noteField(typeName, info.fieldName, root);
    return result;
  });
};
