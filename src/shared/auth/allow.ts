import { Authorized, Extensions } from 'type-graphql';
import type { AccessRule } from './roles';

/** Where `@Allow` records its rule in the built schema, so tools can read it back. */
export const ACCESS_EXTENSION = 'access';

/**
 * States who may call an operation or read a field. Every query, mutation, subscription and field
 * resolver must carry one with at least one rule (the schema build refuses otherwise).
 * A rule here is the first gate; services still check scope (own caseload, own area, ...) per record.
 */
export function Allow(...rules: [AccessRule, ...AccessRule[]]): MethodDecorator & PropertyDecorator {
  const authorized = Authorized(...rules);
  const extensions = Extensions({ [ACCESS_EXTENSION]: rules });
  const decorator = (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor): void => {
    authorized(target, propertyKey, descriptor as PropertyDescriptor);
    extensions(target, propertyKey, descriptor as PropertyDescriptor);
  };
  return decorator as MethodDecorator & PropertyDecorator;
}
