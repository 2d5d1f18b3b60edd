import { getNullableType, GraphQLInputObjectType, GraphQLList, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError } from './errors/domain-error';

/** Every record's id is a UUID (the base entity's primary key). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The paths of `value` whose GraphQL type is ID and that are not UUIDs, e.g. `input.childId`. */
function malformedIds(type: GraphQLInputType, value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [];
  const named = getNullableType(type);
  if (named instanceof GraphQLList) {
    return Array.isArray(value) ? value.flatMap((item, index) => malformedIds(named.ofType, item, `${path}[${index}]`)) : [];
  }
  if (named instanceof GraphQLInputObjectType) {
    return Object.values(named.getFields()).flatMap((field) => malformedIds(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`));
  }
  return named.name === 'ID' && !(typeof value === 'string' && UUID.test(value)) ? [path] : [];
}

/**
 * An id that is not a UUID names no record: refuse it as BAD_USER_INPUT naming the field before any
 * resolver runs, instead of letting PostgreSQL fail on the cast (which answered INTERNAL_SERVER_ERROR).
 */
export function assertIdsWellFormed(declared: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  const fields = declared.flatMap((arg) => malformedIds(arg.type, args[arg.name], arg.name));
  if (fields.length) throw new BadUserInputError(`Not a record id (a UUID): ${fields.join(', ')}.`, { field: fields[0] });
}

/** The id check as a type-graphql middleware, for the fields that still go through its chain. */
export const rejectMalformedIds: MiddlewareFn = ({ args, info }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field || field.args.length === 0) return next();
  assertIdsWellFormed(field.args, args as Record<string, unknown>);
  return next();
};
