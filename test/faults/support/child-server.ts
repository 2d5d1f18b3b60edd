import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../../src/project-root';

export interface ChildServer {
  process: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** The real entry point (src/index.ts) in a process of its own, which a test may SIGKILL. */
export async function startChildServer(environment: Record<string, string>): Promise<ChildServer> {
  const root = projectRoot();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info', ...environment };
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(root, 'src/index.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not print its URL within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before serving`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /serving GraphQL at (http:\/\/\S+?)"/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { process: child, url, exited };
}
