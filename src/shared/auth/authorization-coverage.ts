import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ACCESS_EXTENSION } from './allow';

function hasRule(field: GraphQLField<unknown, unknown> | undefined): boolean {
  const rules = field?.extensions?.[ACCESS_EXTENSION];
  return Array.isArray(rules) && rules.length > 0;
}

/**
 * Every operation (query, mutation, subscription) and every field resolver that has no `@Allow` rule,
 * as `Type.field`. Plain data fields are readable by whoever may read their parent, unless they carry
 * a rule of their own.
 */
export function findFieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (field.name !== '__typename' && !hasRule(field)) missing.push(`${root.name}.${field.name}`);
    }
  }
  for (const resolver of getMetadataStorage().fieldResolvers) {
    const objectClass = resolver.resolverClassMetadata?.getObjectType();
    const typeName = objectClass && getMetadataStorage().objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type)) continue; // a resolver class not part of this schema
    if (!hasRule(type.getFields()[resolver.schemaName])) missing.push(`${type.name}.${resolver.schemaName}`);
  }
  return [...new Set(missing)].sort();
}

/** Stops the schema build when any operation or field resolver lacks a rule: deny by default, visibly. */
export function assertEveryFieldHasAccessRule(schema: GraphQLSchema): void {
  const missing = findFieldsWithoutAccessRule(schema);
  if (missing.length > 0) {
    throw new Error(`These operations or field resolvers have no @Allow rule: ${missing.join(', ')}`);
  }
}
