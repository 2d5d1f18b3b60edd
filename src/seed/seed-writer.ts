import type { Knex } from '@mikro-orm/postgresql';
import type { SeedBatch, SeedRow } from './seed-rows';
import { SEED_TABLE_ORDER, SEED_TABLES, type TableSpec } from './seed-tables';

type SqlValue = string | number | boolean | null;

export type SeedCounts = { [Key in keyof SeedBatch]: number };

export function zeroCounts(): SeedCounts {
  return Object.fromEntries(SEED_TABLE_ORDER.map((key) => [key, 0])) as SeedCounts;
}

/**
 * Writes one batch in one transaction, one statement per table. Each statement sends one array per
 * column and lets PostgreSQL `unnest` them into rows: a handful of parameters however many rows there
 * are (a multi-row VALUES list would hit the 65,535-parameter limit), and no ORM bookkeeping per row.
 */
export async function writeSeedBatch(knex: Knex, batch: SeedBatch, counts: SeedCounts): Promise<void> {
  await knex.transaction(async (transaction) => {
    for (const key of SEED_TABLE_ORDER) await insertTable(transaction, key, batch);
  });
  for (const key of SEED_TABLE_ORDER) counts[key] += batch[key].length;
}

function insertTable<Key extends keyof SeedBatch>(knex: Knex, key: Key, batch: SeedBatch): Promise<void> {
  const spec: TableSpec<SeedBatch[Key][number]> = SEED_TABLES[key];
  const rows: ReadonlyArray<SeedBatch[Key][number]> = batch[key];
  return insertRows(knex, spec, rows);
}

async function insertRows<Row extends SeedRow>(knex: Knex, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(spec.columns) as Array<keyof Row & string>;
  const columns = [...keys.map((key) => ({ name: snakeCase(key), type: spec.columns[key] })), { name: 'updated_at', type: 'timestamptz' }];
  const values: SqlValue[][] = keys.map((key) => rows.map((row) => sqlValue(row[key], spec.columns[key])));
  values.push(values[keys.indexOf('createdAt')]);
  // Array and JSON columns travel as text (one literal per row) and are cast back after unnest,
  // since unnest would flatten a two-dimensional array.
  const travelsAsText = (type: string) => type.endsWith('[]') || type === 'jsonb';
  const names = columns.map(({ name }) => `"${name}"`).join(', ');
  const selected = columns.map(({ name, type }) => (travelsAsText(type) ? `"${name}"::${type}` : `"${name}"`)).join(', ');
  const parameters = columns.map(({ type }) => `?::${travelsAsText(type) ? 'text' : type}[]`).join(', ');
  // knex's typings know no arrays with null elements; pg sends them as SQL arrays with NULLs.
  const bindings = values as unknown as Knex.RawBinding[];
  await knex.raw(`insert into "${spec.table}" (${names}) select ${selected} from unnest(${parameters}) as seed(${names})`, bindings);
}

function sqlValue(value: unknown, type: string): SqlValue {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) throw new Error(`Expected a list for a ${type} column.`);
    return `{${value.map((item: unknown) => `"${String(item).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`Cannot write a ${typeof value} to a ${type} column.`);
}

function snakeCase(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The counts keyed by table name instead of batch property. */
export function countsByTable(counts: SeedCounts): Record<string, number> {
  return Object.fromEntries(SEED_TABLE_ORDER.map((key) => [SEED_TABLES[key].table, counts[key]]));
}

/** Row counts of the tables the seed fills, plus staff accounts, for the summary. */
export async function countSeedTables(knex: Knex): Promise<Array<{ table: string; rows: number }>> {
  const tables = [...SEED_TABLE_ORDER.map((key) => SEED_TABLES[key].table), 'staff_account'];
  const counts = tables.map((table, index) => `select ${index} as position, '${table}' as "table", count(*) as rows from "${table}"`);
  const result = await knex.raw<{ rows: Array<{ table: string; rows: string }> }>(`${counts.join(' union all ')} order by position`);
  return result.rows.map((row) => ({ table: row.table, rows: Number(row.rows) }));
}
