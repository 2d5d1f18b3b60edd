import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../../src/project-root';

/** An embedded PostgreSQL of one test file's own, on a fixed port so that it can be restarted under a running server. */
export interface OwnCluster {
  /** The cluster's `lindungi` database. */
  url: string;
  /** Stops PostgreSQL (fast shutdown: open transactions are rolled back, connections terminated). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
  /** Stops it if running and removes its data directory. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export async function startOwnCluster(): Promise<OwnCluster> {
  const directory = mkdtempSync(path.join(tmpdir(), 'lindungi-fault-'));
  chmodSync(directory, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
  const port = await freePort();
  let running: ChildProcess | undefined;
  let url = '';

  const start = async () => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'cluster-process.ts'), path.join(directory, 'postgres'), String(port)],
      { cwd: projectRoot(), stdio: ['pipe', 'pipe', 'inherit'] },
    );
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the embedded PostgreSQL did not start within 60 s')), 60_000);
      child.once('exit', (code) => reject(new Error(`the embedded PostgreSQL process exited with ${code}`)));
      createInterface({ input: child.stdout! }).once('line', (line) => {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      });
    });
    running = child;
  };
  const stop = async () => {
    const child = running;
    running = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin!.end();
    await exited;
  };

  await start();
  return {
    get url() {
      return url;
    },
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
