import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { print } from 'graphql';
import { createClient, type Client as WebSocketClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { AccessTokens } from '../../src/identity/access-tokens';
import { openOrm } from '../../src/orm';
import { projectRoot } from '../../src/project-root';
import { StaffRole } from '../../src/shared/auth/roles';
import { createLogger } from '../../src/shared/logger';
import { WorkerKind } from '../../src/workers/worker.entity';
import { startChildServer } from '../faults/support/child-server';
import { CaseFeedDocument, ChildProfileDocument, DeepProfilesDocument, DispatchSocialWorkerDocument, RecordDispatchProgressDocument, SubmitHotlineReportDocument } from '../operations/generated/graphql';
import { createStaff } from '../support/factories';
import { createWorker, JakartaArea } from '../support/registry-factories';
import type { TestApp } from '../support/test-app';
import type { BenchServer } from './bench-database';

/**
 * `npm run bench -- --soak [--minutes 10] [--subscriptions 500] [--children 2000]`: sustained mixed load
 * on a real server in its own process (so its memory is its own): profile queries, hotline intake (staff
 * and anonymous, the latter rate-limited), dispatch updates, and open case-feed subscriptions. Prints
 * throughput, p50/p99 per kind, the server's memory over time and every error other than RATE_LIMITED.
 */
interface Kind {
  latencies: number[];
  errors: Record<string, number>;
}

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

export async function runSoak(server: BenchServer): Promise<void> {
  const minutes = flag('minutes', 10);
  const subscriptionCount = flag('subscriptions', 500);
  const children = flag('children', 2000);
  const database = `lindungi_soak_${process.pid}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const jwtSecret = randomBytes(32).toString('hex');
  const environment = { DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret, NODE_ENV: 'production', LOG_LEVEL: 'info', OVERDUE_DETECTION_SCHEDULE: 'off' };

  process.stderr.write(`soak: seeding ${children} children...\n`);
  const root = projectRoot();
  await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(root, 'src/cli/main.ts'), 'seed', '--children', String(children)], {
    cwd: root,
    env: { ...process.env, ...environment, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
  });
  const lindungi = await startChildServer(environment);
  const config = loadConfig({ ...environment });
  const orm = await openOrm(databaseUrl, config, createLogger('silent'), 'lindungi-bench');
  const app = { orm, config, tokens: new AccessTokens(config.auth) } as unknown as TestApp;
  const supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
  const hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  const socialWorkers = await Promise.all(Array.from({ length: 5 }, () => createWorker(app, WorkerKind.SOCIAL_WORKER, JakartaArea.JAKARTA_TIMUR)));
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  const childIds = (await sql.query<{ id: string }>('select id from child order by id limit 500')).rows.map((row) => row.id);

  const kinds: Record<string, Kind> = {};
  const record = (kind: string, ms: number, code?: string) => {
    const entry = (kinds[kind] ??= { latencies: [], errors: {} });
    entry.latencies.push(ms);
    if (code) entry.errors[code] = (entry.errors[code] ?? 0) + 1;
  };
  const send = async (kind: string, document: Parameters<typeof print>[0], variables: Record<string, unknown>, token?: string) => {
    const started = performance.now();
    try {
      const response = await fetch(lindungi.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };
      const code = body.errors?.[0]?.extensions?.code ?? (response.status >= 500 ? `HTTP_${response.status}` : undefined);
      record(kind, performance.now() - started, code);
      return code ? undefined : body.data;
    } catch (error) {
      record(kind, performance.now() - started, error instanceof Error ? error.name : 'FETCH_FAILED');
      return undefined;
    }
  };

  const metric = async (name: string) => {
    const text = await (await fetch(new URL('/metrics', lindungi.url))).text();
    return Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  };
  const memory = async () => ({ rssMb: (await metric('lindungi_process_resident_memory_bytes')) / 2 ** 20, heapMb: (await metric('lindungi_nodejs_heap_size_used_bytes')) / 2 ** 20 });

  // Open subscriptions: 50 sockets of 10 (or fewer) case feeds each, all counting their events.
  process.stderr.write(`soak: opening ${subscriptionCount} subscriptions...\n`);
  const sockets: WebSocketClient[] = [];
  let feedEvents = 0;
  let feedErrors = 0;
  let feedOutOfOrder = 0;
  const received: number[] = [];
  for (let opened = 0; opened < subscriptionCount; ) {
    const client = createClient({ url: lindungi.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${supervisor.token}` }, retryAttempts: 0, lazy: true });
    sockets.push(client);
    for (let onSocket = 0; onSocket < 10 && opened < subscriptionCount; onSocket += 1, opened += 1) {
      let last = 0n;
      const index = received.push(0) - 1;
      client.subscribe<{ caseFeed: { sequence: string } }>(
        { query: print(CaseFeedDocument), variables: {} },
        {
          next: (result) => {
            const sequence = BigInt(result.data?.caseFeed.sequence ?? '0');
            if (sequence <= last) feedOutOfOrder += 1;
            last = sequence;
            feedEvents += 1;
            received[index] += 1;
          },
          error: () => void (feedErrors += 1),
          complete: () => undefined,
        },
      );
    }
  }
  for (const deadline = Date.now() + 60_000; (await metric('lindungi_graphql_open_subscriptions')) < subscriptionCount && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const openAtStart = await metric('lindungi_graphql_open_subscriptions');
  const startSequence = (await sql.query<{ latest: string | null }>('select max(sequence)::text as latest from case_event')).rows[0].latest ?? '0';

  const memorySeries = [{ minute: 0, ...(await memory()) }];
  const started = Date.now();
  const endsAt = started + minutes * 60_000;
  let reportNumber = 0;
  const loops: Array<() => Promise<void>> = [
    // Profile reads: one child's profile, and a page of deep profiles.
    async () => void (await send('profile', ChildProfileDocument, { id: childIds[Math.floor(Math.random() * childIds.length)] }, supervisor.token)),
    async () => void (await send('profile', ChildProfileDocument, { id: childIds[Math.floor(Math.random() * childIds.length)] }, supervisor.token)),
    async () => void (await send('deepProfiles', DeepProfilesDocument, { first: 20 }, supervisor.token)),
    // Intake by the hotline (with retries' keys), and by the public (rate-limited per address).
    async () => {
      reportNumber += 1;
      const input = { channel: 'HOTLINE_164', kind: 'CHILD_AT_RISK', area: 'JAKARTA_TIMUR', idempotencyKey: `soak-${process.pid}-${reportNumber}`, description: `Laporan soak ${reportNumber}: anak sendirian di pinggir jalan` };
      await send('intake', SubmitHotlineReportDocument, { input }, hotline.token);
    },
    async () => {
      await send('publicIntake', SubmitHotlineReportDocument, { input: { channel: 'WEB', kind: 'CHILD_AT_RISK', description: 'Laporan warga: anak mengemis di lampu merah' } });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    },
    // Dispatch: a social worker sent to an open case, then every step of progress.
    async () => {
      const { rows } = await sql.query<{ id: string }>("select id from protection_case where status <> 'CLOSED' order by random() limit 1");
      if (!rows.length) return;
      const worker = socialWorkers[Math.floor(Math.random() * socialWorkers.length)];
      const dispatched = (await send('dispatch', DispatchSocialWorkerDocument, { caseId: rows[0].id, workerId: worker.id }, supervisor.token)) as { dispatchSocialWorker?: { id: string } } | undefined;
      const dispatchId = dispatched?.dispatchSocialWorker?.id;
      if (!dispatchId) return;
      for (const status of ['ACKNOWLEDGED', 'EN_ROUTE', 'ON_SITE', 'CHILD_SAFE']) {
        await send('dispatchProgress', RecordDispatchProgressDocument, { dispatchId, status, reason: status === 'CHILD_SAFE' ? 'Anak sudah aman bersama keluarga' : null }, supervisor.token);
      }
    },
  ];
  process.stderr.write(`soak: running for ${minutes} minutes...\n`);
  const sampler = setInterval(() => {
    void memory().then((sample) => memorySeries.push({ minute: Math.round((Date.now() - started) / 6000) / 10, ...sample }));
  }, 30_000);
  await Promise.all(
    loops.map(async (loop) => {
      while (Date.now() < endsAt) await loop();
    }),
  );
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  // Let the feeds drain: every subscription should reach every CASEWORK event committed since the start.
  const expected = Number((await sql.query<{ count: string }>("select count(*) from case_event where audience = 'CASEWORK' and sequence > $1", [startSequence])).rows[0].count);
  const drainStarted = Date.now();
  while (received.some((count) => count < expected) && Date.now() - drainStarted < 60_000) await new Promise((resolve) => setTimeout(resolve, 500));
  const drainSeconds = (Date.now() - drainStarted) / 1000;
  const missed = received.reduce((sum, count) => sum + Math.max(0, expected - count), 0);
  memorySeries.push({ minute: Math.round(seconds / 6) / 10, ...(await memory()) });
  const openAtEnd = await metric('lindungi_graphql_open_subscriptions');
  const events = Number((await sql.query<{ count: string }>('select count(*) from case_event')).rows[0].count);

  const total = Object.values(kinds).reduce((sum, kind) => sum + kind.latencies.length, 0);
  console.log(`\nSoak: ${seconds.toFixed(0)} s, ${subscriptionCount} case-feed subscriptions (open at start ${openAtStart}, at end ${openAtEnd}), ${children} children seeded`);
  console.log(`Throughput: ${total} operations, ${(total / seconds).toFixed(1)} per second`);
  console.log('| kind | operations | per second | p50 (ms) | p99 (ms) | max (ms) | errors (other than RATE_LIMITED) | RATE_LIMITED |');
  console.log('|---|---:|---:|---:|---:|---:|---|---:|');
  for (const [name, kind] of Object.entries(kinds)) {
    const sorted = [...kind.latencies].sort((a, b) => a - b);
    const { RATE_LIMITED: limited = 0, ...others } = kind.errors;
    console.log(`| ${name} | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} | ${sorted.at(-1)?.toFixed(0) ?? 0} | ${JSON.stringify(others)} | ${limited} |`);
  }
  console.log(
    `Case events: ${events} in all, ${expected} during the soak; delivered ${feedEvents} of ${expected * subscriptionCount} (${expected} x ${subscriptionCount}); ` +
      `missed after ${drainSeconds.toFixed(0)} s of drain: ${missed}; subscription errors ${feedErrors}; out of order ${feedOutOfOrder}`,
  );
  console.log('Server memory (its own process, from /metrics):');
  console.log(memorySeries.map((sample) => `  minute ${sample.minute}: rss ${sample.rssMb.toFixed(0)} MB, heap used ${sample.heapMb.toFixed(0)} MB`).join('\n'));

  await Promise.all(sockets.map((socket) => socket.dispose()));
  lindungi.process.kill('SIGTERM');
  await lindungi.exited;
  await sql.end();
  await orm.close();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
}
