import { Client } from 'pg';
import { isDatabaseUnavailable } from '../src/shared/errors/database-unavailable';
import { testServerUrl } from './support/test-database';

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
