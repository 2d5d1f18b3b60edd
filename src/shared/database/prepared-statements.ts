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
  const native = knex.raw(sql, params as readonly Knex.RawBinding[]).toSQL().toNative();
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
