import 'reflect-metadata';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/project-root';
import { startEmbeddedCluster, type EmbeddedCluster } from '../../src/shared/database/embedded-postgres';
import { createLogger } from '../../src/shared/logger';
import { databaseUrl, TEST_SERVER_URL_VARIABLE, TEST_TEMPLATE_VARIABLE, withAdminClient } from './test-database';

declare global {
  // eslint-disable-next-line no-var
  var lindungiTestCluster: EmbeddedCluster | undefined;
  // eslint-disable-next-line no-var
  var lindungiTestDirectory: string | undefined;
}

/**
 * Starts one real PostgreSQL for the whole run (embedded in a temporary directory, or the server in
 * DATABASE_URL) and builds a template database with every migration applied.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger('warn', 'lindungi-test');
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const directory = mkdtempSync(path.join(tmpdir(), 'lindungi-test-'));
    globalThis.lindungiTestDirectory = directory;
    chmodSync(directory, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
    globalThis.lindungiTestCluster = await startEmbeddedCluster(
      { dataDirectory: path.join(directory, 'postgres'), port: 0, stopAdoptedCluster: true },
      logger,
    );
    serverUrl = globalThis.lindungiTestCluster.url;
  }
  process.env[TEST_SERVER_URL_VARIABLE] = serverUrl;

  const template = `lindungi_template_${process.pid}`;
  await withAdminClient(async (client) => {
    await client.query(`drop database if exists ${template} with (force)`);
    await client.query(`create database ${template}`);
  });
  // Migrated by the real command line in its own process: MikroORM's metadata must not be shared between
  // this process and the test files' sandboxes (jest runs a single file in this very process).
  execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(projectRoot(), 'src/cli/main.ts'), 'migrate'], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl(serverUrl, template), JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env[TEST_TEMPLATE_VARIABLE] = template;
}
