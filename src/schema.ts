import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { StaffAccountResolver } from './identity/staff-account.resolver';
import { authChecker } from './shared/auth/auth-checker';
import { assertEveryFieldHasAccessRule } from './shared/auth/authorization-coverage';
import type { LocalPubSub } from './shared/events/domain-events';

/** Every resolver class in the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [StaffAccountResolver];

/**
 * Builds the GraphQL schema from the code. Input is validated with class-validator; every operation and
 * field resolver must state who may use it, or the build fails.
 */
export async function buildLindungiSchema(pubSub: LocalPubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true },
  });
  assertEveryFieldHasAccessRule(schema);
  return schema;
}
