import type { EntityManager, Knex } from '@mikro-orm/postgresql';

type Row = Record<string, unknown>;

/** The part of a pooled pg client this module uses. */
interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
  /** pg's record of the statements this connection has prepared, by name. */
  connection?: { parsedStatements?: Record<string, string> };
}

/**
 * PostgreSQL refuses to run a prepared statement whose columns changed since it was prepared (a migration
 * added or renamed a column of a table it reads with `*`): "cached plan must not change result type".
 */
function isStaleStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}

/** Runs a statement by name; a name whose statement went stale is dropped on this connection and prepared again. */
async function runNamed(pgClient: PgClient, name: string | undefined, text: string, values: unknown[]): Promise<Row[]> {
  try {
    return (await pgClient.query({ name, text, values })).rows;
  } catch (error) {
    if (!name || !isStaleStatement(error)) throw error;
    await pgClient.query({ text: `deallocate ${name}`, values: [] });
    delete pgClient.connection?.parsedStatements?.[name];
    return (await pgClient.query({ name, text, values })).rows;
  }
}

/**
 * How many distinct statement texts get a name. Each named statement stays prepared on every pooled
 * connection that ran it (PostgreSQL keeps its plan for the session), so the hot reads, whose texts do
 * not depend on the data, are named and anything past the limit runs unnamed (planned each time).
 */
const MAXIMUM_NAMED_STATEMENTS = 200;
const statementNames = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAXIMUM_NAMED_STATEMENTS) {
    name = `lindungi_read_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/** Statement texts with PostgreSQL's placeholders, by the text with `?` (only those whose values are all plain). */
const nativeTexts = new Map<string, string>();

/**
 * The statement as the pg driver takes it (`$1`... for `?`). knex writes an array value as a list of
 * placeholders and an object (a raw fragment) or a `??` identifier into the text, so only statements whose values are all plain
 * (text, numbers, booleans, dates, null) have one native text, worked out once; for them knex passes the
 * values on as they are.
 */
function nativeOf(knex: Knex, sql: string, params: readonly unknown[]): { sql: string; bindings: readonly unknown[] } {
  const plain = params.every((value) => value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value));
  // `??` writes a value into the text as an identifier.
  if (!plain || sql.includes('??')) return knex.raw(sql, params as readonly Knex.RawBinding[]).toSQL().toNative();
  let text = nativeTexts.get(sql);
  if (text === undefined) {
    text = knex.raw(sql, params as readonly Knex.RawBinding[]).toSQL().toNative().sql;
    if (nativeTexts.size < MAXIMUM_NAMED_STATEMENTS * 5) nativeTexts.set(sql, text);
  }
  return { sql: text, bindings: params };
}

/**
 * A statement run as a named prepared statement, with its values bound instead of written into the text.
 * MikroORM (through knex) sends every statement as text with the values inlined, and PostgreSQL plans
 * each one anew: for the profile page's statement, planning was more than half of its PostgreSQL CPU
 * (4.3 ms with planning, 2.0 ms without; BENCHMARKS.md). A prepared statement is planned a few times,
 * then PostgreSQL keeps its generic plan for the connection. `sql` uses `?` placeholders, as `em.execute`
 * does. Logged as the ORM logs its statements (the request id, the time it took), under `loggerContext`
 * (the entity manager's by default). Inside a transaction the ORM runs it on the transaction's
 * connection, as before. A write outside a transaction commits as the ORM's would (autocommit).
 */
export async function executePrepared<Result extends Row = Row>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  loggerContext: Record<string, unknown> = em.getLoggerContext(),
): Promise<Result[]> {
  if (em.getTransactionContext()) return em.execute<Result[]>(sql, [...params], 'all', loggerContext);
  const knex = em.getConnection().getKnex();
  const native = nativeOf(knex, sql, params);
  const knexClient = knex.client;
  const logger = em.config.getLogger();
  // As the ORM logs a statement: with its values written in when the query-params log is on.
  const logged = logger.isEnabled('query-params', loggerContext) ? em.getPlatform().formatQuery(sql, [...params]) : sql;
  const started = Date.now();
  const pgClient = (await knexClient.acquireConnection()) as PgClient;
  try {
    const rows = await runNamed(pgClient, nameOf(native.sql), native.sql, [...native.bindings]);
    logger.logQuery({ ...loggerContext, level: 'info', query: logged, took: Date.now() - started, results: rows.length });
    return rows as Result[];
  } catch (error) {
    logger.logQuery({ ...loggerContext, level: 'error', query: logged, took: Date.now() - started });
    throw error;
  } finally {
    await knexClient.releaseConnection(pgClient);
  }
}

/**
 * `column` is one of the ids in one `?` bound to a JSON array (`JSON.stringify(ids)`): a statement reading
 * records by id keeps one text, and one prepared plan, however many ids it reads. As `= any(array(...))`
 * the ids are gathered first and the primary key's index finds them (an `in (select ...)` made PostgreSQL
 * hash-join against a scan of the whole table).
 */
export function idIsOneOfJson(column: string): string {
  return `${column} = any(array(select value::uuid from json_array_elements_text(?::json)))`;
}
