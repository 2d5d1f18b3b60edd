import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { AUTHORIZATION_POLICY, policyOf } from '../../authorization-policy';
import { GUARDED_EXTENSION } from './guarded';

function isGuarded(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field?.extensions?.[GUARDED_EXTENSION] === true;
}

/**
 * What breaks deny-by-default, as `Type.field` with the reason: an operation (query, mutation,
 * subscription) or field resolver not marked `@Guarded`, a guarded field with no entry in the policy
 * table, and an entry naming no guarded field of the schema (a stale or mistyped rule protects nothing).
 * Plain data fields are readable by whoever may read their record, unless guarded themselves.
 */
export function findAuthorizationGaps(schema: GraphQLSchema): string[] {
  const gaps: string[] = [];
  const guarded = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) if (isGuarded(field)) guarded.add(`${type.name}.${field.name}`);
  }
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (!isGuarded(field)) gaps.push(`${root?.name}.${field.name}: not @Guarded`);
    }
  }
  for (const resolver of getMetadataStorage().fieldResolvers) {
    const objectClass = resolver.resolverClassMetadata?.getObjectType();
    const typeName = objectClass && getMetadataStorage().objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type)) continue; // a resolver class not part of this schema
    if (!isGuarded(type.getFields()[resolver.schemaName])) gaps.push(`${type.name}.${resolver.schemaName}: not @Guarded`);
  }
  for (const coordinate of guarded) if (!policyOf(coordinate)) gaps.push(`${coordinate}: no entry in the policy table`);
  for (const coordinate of Object.keys(AUTHORIZATION_POLICY)) {
    if (!guarded.has(coordinate)) gaps.push(`${coordinate}: in the policy table but no guarded field of the schema`);
  }
  return [...new Set(gaps)].sort();
}

/** Stops the schema build at any gap: deny by default, visibly. */
export function assertAuthorizationIsComplete(schema: GraphQLSchema): void {
  const gaps = findAuthorizationGaps(schema);
  if (gaps.length > 0) throw new Error(`Authorization is incomplete (src/authorization-policy.ts): ${gaps.join('; ')}`);
}
