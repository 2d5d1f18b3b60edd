import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../../src/config';
import { migrate, openOrm, type Orm } from '../../src/orm';
import { startEmbeddedCluster } from '../../src/shared/database/embedded-postgres';
import { createLogger } from '../../src/shared/logger';
import { countingLogger } from './statement-logger';

/** A PostgreSQL server for benchmarks: the one in DATABASE_URL, or an embedded one in a temporary folder. */
export interface BenchServer {
  url: string;
  release(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: async () => undefined };
  const directory = mkdtempSync(path.join(tmpdir(), 'lindungi-bench-'));
  chmodSync(directory, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
  // Commit times are kept so that the fan-out can measure from each event's commit (scenario 4).
  const cluster = await startEmbeddedCluster(
    { dataDirectory: path.join(directory, 'postgres'), port: 0, stopAdoptedCluster: true, settings: { track_commit_timestamp: 'on' } },
    createLogger('warn', 'lindungi-bench', 2),
  );
  return {
    url: cluster.url,
    release: async () => {
      await cluster.release();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A migrated database of the benchmark's own, with an ORM that counts the SQL statements it sends. */
export interface BenchDatabase {
  orm: Orm;
  config: AppConfig;
  /** Statements sent through `orm` since the counter was last read. */
  takeStatementCount(): number;
  /** A plain connection for bulk loading and EXPLAIN. */
  sql: Client;
  drop(): Promise<void>;
}

export async function createBenchDatabase(server: BenchServer, name: string, environment: Record<string, string> = {}): Promise<BenchDatabase> {
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'b'.repeat(32), LOG_LEVEL: 'warn', DATABASE_URL: url.toString(), ...environment });
  const counting = countingLogger();
  const orm = await openOrm(url.toString(), config, counting.logger, 'lindungi-bench');
  await migrate(orm, createLogger('warn', 'lindungi-bench', 2));
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  return {
    orm,
    config,
    sql,
    takeStatementCount: () => counting.take(),
    async drop() {
      await sql.end();
      await orm.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
