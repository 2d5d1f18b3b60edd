import { type EntityClass, type EntityData, type EntityMetadata, type Platform, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { PairMemo } from './pair-memo';

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
  const mapper = columnMapperOf(metadata, em.getPlatform());
  if (!mapper) {
    const driver = em.getDriver();
    return leanEntities(em, entity, rows.map((row) => driver.mapResult(row as EntityData<Entity>, metadata) as Row));
  }
  return asInstances(entity, rows.map(mapper) as Entity[]);
}

type ColumnMapper = (row: Row) => Row;
interface ColumnStep {
  property: string;
  convert: (value: unknown) => unknown;
}
/** Per entity: each column's property and conversion, or null when the entity has what these do not mirror. */
const columnSteps = new WeakMap<EntityMetadata, Map<string, ColumnStep> | null>();
const columnMappers = new WeakMap<EntityMetadata, ColumnMapper | null>();

/**
 * What the ORM's result mapper does to each column (booleans, dates parsed by the platform, other columns
 * as they are) and then the lean conversions (custom types, many-to-one as `{ id }`), without the ORM's
 * bookkeeping of which columns it mapped. The ORM's mapper plus the second pass were 5% of a profile
 * page's Node CPU. Entities with what this does not mirror (composite keys, embeddables, inheritance)
 * get null: the ORM's mapper then.
 */
function columnStepsOf<Entity extends object>(metadata: EntityMetadata<Entity>, platform: Platform): Map<string, ColumnStep> | null {
  const known = columnSteps.get(metadata);
  if (known !== undefined) return known;
  const steps = new Map<string, ColumnStep>();
  let mirrored = !metadata.polymorphs?.length && !metadata.embeddable;
  for (const prop of metadata.props) {
    if (!prop.fieldNames) continue;
    if (prop.fieldNames.length > 1 || prop.embedded || prop.kind === ReferenceKind.EMBEDDED) mirrored = false;
    const asReference = prop.kind === ReferenceKind.MANY_TO_ONE;
    const custom = prop.customType && prop.kind === ReferenceKind.SCALAR ? prop.customType : undefined;
    const parse =
      prop.runtimeType === 'boolean'
        ? (value: unknown) => !!value
        : prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)
          ? (value: unknown) => (value instanceof Date ? value : platform.parseDate(value as string))
          : (value: unknown) => value;
    const convert = asReference
      ? (value: unknown) => ({ id: parse(value) })
      : custom
        ? (value: unknown) => custom.convertToJSValue(parse(value), platform)
        : parse;
    steps.set(prop.fieldNames[0], { property: prop.name, convert });
  }
  const result = mirrored ? steps : null;
  columnSteps.set(metadata, result);
  return result;
}

/** One pass from a row keyed by column to the shape `asEntityShaped` gives the ORM's mapped row. Columns the entity does not have are left out (the ORM's mapper copies them). */
function columnMapperOf<Entity extends object>(metadata: EntityMetadata<Entity>, platform: Platform): ColumnMapper | null {
  const known = columnMappers.get(metadata);
  if (known !== undefined) return known;
  const stepsByColumn = columnStepsOf(metadata, platform);
  const steps = stepsByColumn ? [...stepsByColumn].map(([column, step]) => ({ column, ...step })) : null;
  const mapper: ColumnMapper | null = steps
    ? (row) => {
        const shaped: Row = {};
        for (const step of steps) {
          const value = row[step.column];
          if (value === undefined) continue;
          shaped[step.property] = value === null ? null : step.convert(value);
        }
        return shaped;
      }
    : null;
  columnMappers.set(metadata, mapper);
  return mapper;
}

/** Per entity and column list (the same array for the same list, `columnsNamed`): each position's step. */
const positionalSteps = new PairMemo<EntityMetadata, readonly string[], ColumnStep[]>();

function positionalStepsOf(metadata: EntityMetadata, platform: Platform, columns: readonly string[]): ColumnStep[] {
  return positionalSteps.get(metadata, columns, () => {
    const stepsByColumn = columnStepsOf(metadata, platform);
    if (!stepsByColumn) throw new Error(`${metadata.className} has columns a positional row cannot carry`);
    return columns.map((column) => {
      const step = stepsByColumn.get(column);
      if (!step) throw new Error(`${metadata.className} has no column ${column}`);
      return step;
    });
  });
}

/**
 * Rows as positional arrays (`json_build_array` of `columns`, in that order, from `offset` on; a statement
 * that joins two tables puts both in one array) as lean instances of `entity`: no column name travels
 * with each row. Only for columns of the entity's own (not composite, embedded or inherited).
 */
export function leanEntitiesFromArrays<Entity extends object>(
  em: EntityManager,
  entity: EntityClass<Entity>,
  columns: readonly string[],
  rows: readonly unknown[][],
  offset = 0,
  stated?: { column: string; value: unknown },
): Entity[] {
  const metadata = em.getMetadata().get<Entity>(entity.name);
  const steps = positionalStepsOf(metadata, em.getPlatform(), columns);
  // A column whose value is the same for every row (the parent's id) travels as null and is stated here.
  const statedAt = stated ? columns.indexOf(stated.column) : -1;
  return asInstances(
    entity,
    rows.map((values) => {
      const shaped: Row = {};
      for (let index = 0; index < steps.length; index += 1) {
        const value = index === statedAt ? stated!.value : values[offset + index];
        shaped[steps[index].property] = value === null ? null : steps[index].convert(value);
      }
      return shaped as Entity;
    }),
  );
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
