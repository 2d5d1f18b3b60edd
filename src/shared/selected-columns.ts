import { type EntityClass, type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { declaredFields } from './direct-field-resolution';
import { PairMemo } from './pair-memo';
import { fieldsIn } from './selection';

/**
 * What a GraphQL type's fields read of the record they are resolved on, besides its own column: the
 * record's key and the references its loaders group by (`always`), and for each field resolved by a
 * method, the properties that method reads (`resolvers`). A method not listed makes any selection of it
 * read every column: reading too much is slower, reading too little would answer wrongly.
 */
export interface FieldReads {
  always: readonly string[];
  resolvers: Readonly<Record<string, readonly string[]>>;
}

/** Every persisted column of an entity, in the entity's order; worked out once per ORM. */
const allColumnsByMetadata = new WeakMap<EntityMetadata, readonly string[]>();

function columnProps(metadata: EntityMetadata) {
  return metadata.props.filter((prop) => (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE) && prop.persist !== false && prop.fieldNames?.length === 1);
}

export function allColumnsOf(em: EntityManager, entity: EntityClass<object>): readonly string[] {
  const metadata = em.getMetadata().get(entity.name);
  let columns = allColumnsByMetadata.get(metadata);
  if (!columns) {
    columns = columnProps(metadata).map((prop) => prop.fieldNames[0]);
    allColumnsByMetadata.set(metadata, columns);
  }
  return columns;
}

/** Whether the GraphQL field `fieldName` of `entity`'s type is answered by reading the property of that name and nothing else. */
function isPlainPropertyField(entity: EntityClass<object>, fieldName: string): boolean {
  const hasMethod = getMetadataStorage().fieldResolvers.some((resolver) => resolver.schemaName === fieldName && resolver.getObjectType?.() === entity);
  if (hasMethod) return false;
  // A getter on the class (or a class it extends) may read any property.
  for (let prototype: object | null = entity.prototype; prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, fieldName);
    if (descriptor?.get) return false;
  }
  return declaredFields(entity).find((field) => field.schemaName === fieldName)?.name === fieldName;
}

/** The columns any selection of `entity` reads (`reads.always`), worked out once per ORM and reads. */
const alwaysColumnsByMetadata = new PairMemo<EntityMetadata, FieldReads, readonly string[]>();

export function alwaysReadColumns(em: EntityManager, entity: EntityClass<object>, reads: FieldReads): readonly string[] {
  return alwaysColumnsByMetadata.get(em.getMetadata().get(entity.name), reads, () => columnsForFields(em, entity, reads, []));
}

/**
 * The columns of `entity` that answer a selection of its fields (GraphQL field names), in the entity's
 * order (one selection, one statement text): `reads.always`, the column of each plain property field,
 * what each listed resolver reads. Any other field (a resolver not listed, a getter, a field whose
 * property is not a column of its own) gives every column.
 */
export function columnsForFields(em: EntityManager, entity: EntityClass<object>, reads: FieldReads, fieldNames: Iterable<string>): readonly string[] {
  const metadata = em.getMetadata().get(entity.name);
  const properties = new Set(reads.always);
  for (const name of fieldNames) {
    if (name === '__typename') continue;
    const resolverReads = reads.resolvers[name];
    if (resolverReads) {
      for (const property of resolverReads) properties.add(property);
      continue;
    }
    const prop = metadata.properties[name];
    if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || prop.fieldNames?.length !== 1 || !isPlainPropertyField(entity, name)) {
      return allColumnsOf(em, entity);
    }
    properties.add(name);
  }
  return columnProps(metadata)
    .filter((prop) => properties.has(prop.name))
    .map((prop) => prop.fieldNames[0]);
}

/** The fields selected in `nodes` (the occurrences of one field, or of one path), by name. */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fragments'>, nodes: readonly FieldNode[]): Set<string> {
  return new Set(nodes.flatMap((node) => fieldsIn(info, node.selectionSet)).map((field) => field.name.value));
}

/**
 * A short name for a set of an entity's columns (a bit per column of `allColumnsOf`), for SQL aliases
 * that say which columns a part holds; `columnsNamed` reads it back.
 */
export function columnsName(em: EntityManager, entity: EntityClass<object>, columns: readonly string[]): string {
  // Per column list (a selection's lists are worked out once, so the same array comes back request after request).
  const all = allColumnsOf(em, entity);
  return namesByColumns.get(columns, all, () => {
    const wanted = new Set(columns);
    return all.reduce((bits, column, index) => (wanted.has(column) ? bits + 2n ** BigInt(index) : bits), 0n).toString(36);
  });
}

const namesByColumns = new PairMemo<readonly string[], readonly string[], string>();

const columnsByName = new PairMemo<readonly string[], string, readonly string[]>();

export function columnsNamed(em: EntityManager, entity: EntityClass<object>, name: string): readonly string[] {
  const all = allColumnsOf(em, entity);
  return columnsByName.get(all, name, () => {
    const bits = [...name].reduce((value, digit) => value * 36n + BigInt(parseInt(digit, 36)), 0n);
    return all.filter((_column, index) => (bits >> BigInt(index)) % 2n === 1n);
  });
}

/** Per field group (graphql-js and graphql-jit hand every record of a list the same `fieldNodes` array) and entity: its columns. */
const columnsByFieldGroup = new PairMemo<readonly FieldNode[], EntityClass<object>, readonly string[]>();

/**
 * The columns of `entity` a field's selection needs (`info.fieldNodes`: every occurrence of the field
 * there, merged), worked out once per field group. `@skip` and `@include` are not read: a field they
 * may drop still counts, so the answer is the same whatever the variables.
 */
export function columnsForSelection(em: EntityManager, info: Pick<GraphQLResolveInfo, 'fragments' | 'fieldNodes'>, entity: EntityClass<object>, reads: FieldReads): readonly string[] {
  return columnsByFieldGroup.get(info.fieldNodes, entity, () => columnsForFields(em, entity, reads, selectedFieldNames(info, info.fieldNodes)));
}

/** Both column lists in the entity's order, each column once (null: none). */
export function unionOfColumns(em: EntityManager, entity: EntityClass<object>, first: readonly string[] | null, second: readonly string[]): readonly string[] {
  if (!first) return second;
  const wanted = new Set([...first, ...second]);
  return allColumnsOf(em, entity).filter((column) => wanted.has(column));
}
