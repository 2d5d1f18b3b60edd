import { Authorized, Extensions } from 'type-graphql';

/** Where `@Guarded` marks a field in the built schema, so the coverage check can find unguarded ones. */
export const GUARDED_EXTENSION = 'guarded';

/**
 * Puts an operation, field resolver or sensitive field under the policy table
 * (`src/authorization-policy.ts`): the auth checker asks the table, by `Type.field`, whether the caller's
 * roles may use it. Every query, mutation, subscription and field resolver must carry it, and have an
 * entry in the table (the schema build refuses otherwise). Services still apply each role's reach (own
 * area, own caseload, ...) per record.
 */
export function Guarded(): MethodDecorator & PropertyDecorator {
  const authorized = Authorized();
  const extensions = Extensions({ [GUARDED_EXTENSION]: true });
  const decorator = (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor): void => {
    authorized(target, propertyKey, descriptor as PropertyDescriptor);
    extensions(target, propertyKey, descriptor as PropertyDescriptor);
  };
  return decorator as MethodDecorator & PropertyDecorator;
}
