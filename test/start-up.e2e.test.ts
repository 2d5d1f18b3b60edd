import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { GraphQLClient } from 'graphql-request';
import { projectRoot } from '../src/project-root';

/**
 * What a new user does: start Lindungi with no configuration (embedded PostgreSQL), use the CLI beside
 * it, stop it with SIGTERM, start it again. Runs the real entry points from the sources in child processes.
 */
jest.setTimeout(120_000);

const runFile = promisify(execFile);
const root = projectRoot();
const nodeArguments = ['-r', 'ts-node/register/transpile-only'];
let dataDirectory: string;
let environment: NodeJS.ProcessEnv;

beforeAll(() => {
  dataDirectory = mkdtempSync(path.join(tmpdir(), 'lindungi-start-'));
  chmodSync(dataDirectory, 0o755);
  environment = { ...process.env, NODE_ENV: 'development', LINDUNGI_DATA_DIR: dataDirectory, PORT: '0', LOG_LEVEL: 'info' };
  for (const variable of ['DATABASE_URL', 'JWT_SECRET', 'EMBEDDED_POSTGRES_DIR', 'EMBEDDED_POSTGRES_PORT']) delete environment[variable];
});

afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

interface StartedServer {
  process: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function startLindungi(): Promise<StartedServer> {
  const child = spawn(process.execPath, [...nodeArguments, path.join(root, 'src/index.ts')], { cwd: root, env: environment, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Lindungi did not print its URL within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`Lindungi exited with ${code} before serving`)));
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

async function cli(...commandArguments: string[]): Promise<string> {
  const { stdout } = await runFile(process.execPath, [...nodeArguments, path.join(root, 'src/cli/main.ts'), ...commandArguments], { cwd: root, env: environment });
  return stdout;
}

/** Every process whose command line names our data directory (postgres and its workers). */
function processesUsing(directory: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return commandLine.includes(directory) ? [commandLine] : [];
      } catch {
        return [];
      }
    });
}

const meQuery = '{ me { id email roles } }';

it('starts with no configuration, works with the CLI beside it, stops cleanly and keeps its data', async () => {
  const first = await startLindungi();
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  expect(await new GraphQLClient(first.url).request('{ __typename }')).toEqual({ __typename: 'Query' });

  // The CLI joins the running embedded cluster instead of starting a second one.
  expect(await cli('staff', 'create', '--email', 'Kepala.Seksi@dinsos.jakarta.go.id', '--role', 'SUPERVISOR', '--role', 'ADMIN', '--area', 'JAKARTA_PUSAT')).toMatch(
    /^Created staff account kepala\.seksi@dinsos\.jakarta\.go\.id \(ADMIN, SUPERVISOR\)/,
  );
  const token = (await cli('token', '--email', 'kepala.seksi@dinsos.jakarta.go.id')).trim().split('\n').at(-1)!;
  const staffClient = (url: string) => new GraphQLClient(url, { headers: { authorization: `Bearer ${token}` } });
  const me = await staffClient(first.url).request<{ me: { id: string; email: string; roles: string[] } }>(meQuery);
  expect(me.me).toMatchObject({ email: 'kepala.seksi@dinsos.jakarta.go.id', roles: ['ADMIN', 'SUPERVISOR'] });

  first.process.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(processesUsing(dataDirectory)).toEqual([]);
  expect(existsSync(path.join(dataDirectory, 'postgres', 'postmaster.pid'))).toBe(false);

  // Started again: the account and the development secret are still there, so the same token works.
  const second = await startLindungi();
  expect((await staffClient(second.url).request<{ me: { id: string } }>(meQuery)).me.id).toBe(me.me.id);
  second.process.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  expect(processesUsing(dataDirectory)).toEqual([]);

  // With no server running, the CLI starts the cluster for itself and stops it again.
  expect(await cli('staff', 'list')).toContain('kepala.seksi@dinsos.jakarta.go.id\tADMIN,SUPERVISOR\tJAKARTA_PUSAT\tactive');
  expect(processesUsing(dataDirectory)).toEqual([]);

  // A command that fails says why in one line and exits non-zero, so scripts and CI notice.
  await expect(cli('staff', 'deactivate', '--email', 'nobody@dinsos.jakarta.go.id', '--reason', 'Left')).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/\nNo staff account with e-mail nobody@dinsos\.jakarta\.go\.id\.\n$/),
  });
  expect(processesUsing(dataDirectory)).toEqual([]);
});
