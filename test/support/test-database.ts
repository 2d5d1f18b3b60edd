import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by global-setup for every worker: the PostgreSQL server the tests use, and the migrated template. */
export const TEST_SERVER_URL_VARIABLE = 'LINDUNGI_TEST_SERVER_URL';
export const TEST_TEMPLATE_VARIABLE = 'LINDUNGI_TEST_TEMPLATE';

export function testServerUrl(): string {
  const url = process.env[TEST_SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${TEST_SERVER_URL_VARIABLE} is not set: run the tests with jest (npm test), which starts the database.`);
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<Result>(work: (client: Client) => Promise<Result>): Promise<Result> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of the test's own, cloned from the migrated template; returns its URL and a way to drop it. */
export async function createTestDatabase(options: { fromTemplate: boolean } = { fromTemplate: true }): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lindungi_test_${randomBytes(6).toString('hex')}`;
  const template = options.fromTemplate ? process.env[TEST_TEMPLATE_VARIABLE] : undefined;
  await withAdminClient((client) => client.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  return {
    url: databaseUrl(testServerUrl(), name),
    drop: () => withAdminClient(async (client) => void (await client.query(`drop database if exists ${name} with (force)`))),
  };
}
