import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export type ServerName = 'Lindungi' | 'PostGraphile v5' | 'PostGraphile v4' | 'limit (1 SQL)' | 'bare graphql-ws';

export interface BenchServerProcess {
  name: ServerName;
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** How the process ended, if it did, with the end of its standard error. */
  exitReport(): string;
}

const SERVERS = path.join(__dirname, 'servers');
const ROOT = path.join(__dirname, '..', '..');

function command(name: ServerName): string[] {
  switch (name) {
    case 'Lindungi':
      return [path.join(SERVERS, 'lindungi.js')];
    case 'PostGraphile v5':
      return ['--import', path.join(SERVERS, 'polyfill.mjs'), path.join(SERVERS, 'postgraphile5.mjs')];
    case 'PostGraphile v4':
      return [path.join(SERVERS, 'postgraphile4.js')];
    case 'limit (1 SQL)':
      return [path.join(SERVERS, 'limit.js')];
    case 'bare graphql-ws':
      return [path.join(SERVERS, 'bare-feed.js')];
  }
}

/** Starts one server in a child process of its own and waits for the `{"ready": url}` line it prints. */
export async function startServerProcess(name: ServerName, environment: Record<string, string>): Promise<BenchServerProcess> {
  // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of Lindungi's process there when it stops (to see where time goes).
  const profile = name === 'Lindungi' && process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, ...command(name)], {
    cwd: ROOT,
    env: { ...process.env, ...environment, TS_NODE_TRANSPILE_ONLY: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${stderr}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { ready: string }).ready);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${stderr}`));
    });
  });
  return {
    name,
    url,
    pid: child.pid!,
    exitReport: () => (child.exitCode === null && child.signalCode === null ? '' : ` (${name} exited: ${child.exitCode ?? child.signalCode}; ${stderr})`),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
