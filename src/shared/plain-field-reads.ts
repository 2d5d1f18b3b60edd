import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { isOnRecord } from '../audit/access-recorder';
import type { RequestContext } from './request-context';

type PropertyHolder = Record<string, unknown>;

/**
 * type-graphql runs the global middlewares (audit, malformed ids) around every field, a plain property
 * read included, as a chain of async functions: several promises per field, hundreds of fields on a
 * profile page, and most of a read's CPU went there (BENCHMARKS.md). For a plain property that is not
 * guarded, has no field middleware and no arguments, those middlewares do nothing but pass the value on,
 * or, for a field on record, note it for the audit log: this reads such fields directly, noting them
 * the same way. Fields with a resolver method, a policy entry, arguments or middleware keep the chain.
 * Returns how many fields now read directly.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  let replaced = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const graphQLFields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const graphQLField = graphQLFields[field.schemaName];
      if (!graphQLField || graphQLField.args.length > 0) continue;
      if (field.roles !== undefined || (field.middlewares?.length ?? 0) > 0) continue;
      const hasResolverMethod = storage.fieldResolvers.some((resolver) => resolver.getObjectType?.() === field.target && resolver.methodName === field.name);
      if (hasResolverMethod) continue;
      graphQLField.resolve = directRead(type.name, graphQLField.name, field.name);
      replaced += 1;
    }
  }
  return replaced;
}

function directRead(typeName: string, fieldName: string, property: string): GraphQLFieldResolver<PropertyHolder, RequestContext> {
  if (!isOnRecord(typeName, fieldName)) return (root) => root[property];
  return (root, _args, context) => {
    const value = root[property];
    context.audit.noteField(typeName, fieldName, root);
    return value;
  };
}
