import type { Socket } from 'node:net';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/orm';
import { isDatabaseUnavailable } from '../src/shared/errors/database-unavailable';
import { createLogger } from '../src/shared/logger';
import { createTestDatabase, testServerUrl, withAdminClient } from './support/test-database';

/** What pg raises for a query on a connection that is going away; a request meeting it may be retried as it is. */
async function errorOfQueryOnClosingConnection(): Promise<unknown> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  const ended = client.end();
  const error = await client.query('select 1').then(
    () => undefined,
    (failure: unknown) => failure,
  );
  await ended;
  return error;
}

it('counts a query on a connection being closed as the database being unavailable, not as an unexpected error', async () => {
  const error = await errorOfQueryOnClosingConnection();
  expect((error as Error).message).toBe('Client was closed and is not queryable');
  expect(isDatabaseUnavailable(error)).toBe(true);
});

it('does not count a wrong statement as the database being unavailable', async () => {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    const error = await client.query('select * from no_such_table').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect((error as { code?: string }).code).toBe('42P01');
    expect(isDatabaseUnavailable(error)).toBe(false);
  } finally {
    await client.end();
  }
});

it('fails a transaction whose BEGIN met a lost connection with that loss (retryable), not with a later "already complete"', async () => {
  const database = await createTestDatabase();
  const orm = await openOrm(database.url, loadConfig({ NODE_ENV: 'test', JWT_SECRET: 't'.repeat(32), DATABASE_URL: database.url }), createLogger('silent'));
  try {
    // One pooled connection whose end this process will not notice before it is used: its socket is not read.
    const knex = orm.em.getConnection().getKnex();
    const pooled = (await knex.client.acquireConnection()) as Client & { processID: number; connection: { stream: Socket } };
    pooled.connection.stream.pause();
    await knex.client.releaseConnection(pooled);
    await withAdminClient(async (admin) => {
      await admin.query('select pg_terminate_backend($1)', [pooled.processID]);
      for (let gone = false; !gone; ) gone = (await admin.query('select 1 from pg_stat_activity where pid = $1', [pooled.processID])).rowCount === 0;
    });
    let firstStatementRan = false;
    const outcome = orm.em.fork().transactional(async (em) => {
      firstStatementRan = true;
      await em.execute('select 1');
    });
    pooled.connection.stream.resume(); // BEGIN has gone out on it; now the termination is read
    const error = await outcome.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeDefined();
    expect((error as Error).message).not.toMatch(/already complete/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(firstStatementRan).toBe(false);
  } finally {
    await orm.close();
    await database.drop();
  }
});
