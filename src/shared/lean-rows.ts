import { type EntityClass, type EntityData, type EntityMetadata, type Platform, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';

type Row = Record<string, unknown>;

/**
 * The rows of a read-only query shaped like its entity, without the ORM creating entities: instances of
 * the entity's class (`asInstances`), property names and types as the entity has them (dates, JSON, enum
 * arrays), and each many-to-one as `{ id }`, which is all a field resolver reads from it. For answers only:
 * nothing read this way may be changed and flushed. Creating, hydrating and merging entities was most of
 * the CPU a profile page cost (see BENCHMARKS.md).
 */
export async function leanRows<Entity extends object>(em: EntityManager, query: QueryBuilder<Entity>): Promise<Entity[]> {
  const rows = await query.execute<Row[]>('all', true);
  const metadata = query.mainAlias.metadata;
  if (!metadata) throw new Error('leanRows reads queries of an entity only');
  return asInstances(metadata.class, asEntityShaped(metadata, rows, em.getPlatform()));
}

/** Rows already mapped to property names (a query's mapped results) as lean instances of `entity`. */
export function leanEntities<Entity extends object>(em: EntityManager, entity: EntityClass<Entity>, rows: Row[]): Entity[] {
  return asInstances(entity, asEntityShaped(em.getMetadata().get<Entity>(entity.name), rows, em.getPlatform()));
}

/** Rows keyed by column name (raw SQL, or JSON built in SQL) as lean instances of `entity`. */
export function leanEntitiesFromColumns<Entity extends object>(em: EntityManager, entity: EntityClass<Entity>, rows: Row[]): Entity[] {
  const metadata = em.getMetadata().get<Entity>(entity.name);
  const driver = em.getDriver();
  return leanEntities(em, entity, rows.map((row) => driver.mapResult(row as EntityData<Entity>, metadata) as Row));
}

/**
 * Rows mapped to property names made the shape an entity has: custom types converted as hydration converts
 * them (an enum array arrives from PostgreSQL as text), and each many-to-one made `{ id }`.
 */
function asEntityShaped<Entity extends object>(metadata: EntityMetadata<Entity>, rows: Row[], platform: Platform): Entity[] {
  const references = metadata.relations.filter((relation) => relation.kind === ReferenceKind.MANY_TO_ONE).map((relation) => relation.name as string);
  const converted = metadata.props.filter((prop) => prop.customType && prop.kind === ReferenceKind.SCALAR);
  for (const row of rows) {
    for (const name of references) if (row[name] !== null && row[name] !== undefined) row[name] = { id: row[name] };
    for (const prop of converted) {
      const value = row[prop.name];
      if (value !== null && value !== undefined) row[prop.name] = prop.customType!.convertToJSValue(value, platform);
    }
  }
  return rows as unknown as Entity[];
}

/**
 * Lean rows as instances of their entity class, without running its constructor and without the ORM
 * knowing them (no identity map, no change tracking): type-graphql then takes them as field resolvers'
 * roots as they are. Each row's values stay its own properties. Read-only, as above.
 */
function asInstances<Entity extends object>(entity: { prototype: Entity }, rows: Entity[]): Entity[] {
  // The row itself takes the class's prototype: no copy, and no setter of the prototype runs (a copy
  // through descriptors made dictionary-mode objects and was most of a lean read's CPU).
  return rows.map((row) => Object.setPrototypeOf(row, entity.prototype) as Entity);
}
