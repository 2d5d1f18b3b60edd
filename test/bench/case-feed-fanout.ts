import type { Client } from 'pg';
import WebSocket from 'ws';
import { type BenchServerProcess, startServerProcess } from './bench-servers';
import { SUBMIT_HOTLINE_REPORT, hotlineReport } from './hotline-intake';
import { processCpuMs } from './process-cpu';

const FEED_FIELDS = '{ sequence kind audience occurredAt area riskLevel reportKind }';
/** The whole feed: a report makes two events (REPORT_RECEIVED, then CASE_OPENED). */
const CASE_FEED = `subscription CaseFeed { caseFeed ${FEED_FIELDS} }`;
/** New cases only: one event a report, as many as the bare server's one event a publication. */
const NEW_CASES_FEED = `subscription NewCases { caseFeed(kinds: [CASE_OPENED]) ${FEED_FIELDS} }`;

export interface FanoutRow {
  server: 'Lindungi' | 'Lindungi, new cases only' | 'Lindungi, 2 instances' | 'bare graphql-ws' | 'bare graphql-ws, 2 events per report';
  subscribers: number;
  /** Reports (bare: publications) a second, for `seconds` after the warm-up. */
  publicationsPerSecond: number;
  seconds: number;
  /** Events each subscriber receives per report (Lindungi's whole feed: REPORT_RECEIVED and CASE_OPENED). */
  eventsPerReport: number;
  /** Events delivered to each subscriber in the measured part. */
  events: number;
  /** Deliveries received / subscribers x events. */
  delivered: number;
  expected: number;
  /** From each event's `occurredAt` (Lindungi: its transaction's start, PostgreSQL's now(); bare: the publish). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * From each event's commit, as the issue defines the latency (Lindungi: PostgreSQL's commit timestamp of the
   * event's row; bare: the publish, which is its commit); null when the server keeps no commit times.
   */
  fromCommit: { p50Ms: number; p99Ms: number; maxMs: number } | null;
  nodeCpuMsPerEvent: number;
}

/** Commit times (ms since the epoch) of the case events with these sequences, or null if none are kept. */
export type CommitTimes = (sequences: string[]) => Promise<Map<string, number> | null>;

/** Commit times as PostgreSQL keeps them with `track_commit_timestamp = on` (the bench's own cluster does). */
export function commitTimesFrom(sql: Client): CommitTimes {
  return async (sequences) => {
    const [setting] = (await sql.query<{ kept: string }>("select current_setting('track_commit_timestamp') as kept")).rows;
    if (setting.kept !== 'on') return null;
    const { rows } = await sql.query<{ sequence: string; committed: string }>(
      'select sequence::text as sequence, extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 as committed from case_event where sequence = any($1::bigint[])',
      [sequences],
    );
    const committed = new Map(rows.map((row) => [row.sequence, Number(row.committed)]));
    const missing = sequences.find((sequence) => !Number.isFinite(committed.get(sequence)));
    if (missing) throw new Error(`no commit time for case event ${missing}`);
    return committed;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN;
}

function summary(latencies: number[]): { p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = latencies.sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted[sorted.length - 1] ?? NaN };
}

interface Receipt {
  sequence: string;
  occurredAt: number;
  receivedAt: number;
}

/** Lightweight graphql-transport-ws subscribers: one socket each, each event's receipt noted with its sequence. */
class Subscribers {
  private readonly sockets: WebSocket[] = [];
  receipts: Receipt[] = [];
  recording = false;

  async open(url: string, count: number, connectionParams: Record<string, string>, query: string): Promise<void> {
    const wsUrl = url.replace(/^http/, 'ws');
    for (let first = 0; first < count; first += 50) {
      const batch = Array.from({ length: Math.min(50, count - first) }, () => this.openOne(wsUrl, connectionParams, query));
      await Promise.all(batch);
    }
  }

  private openOne(url: string, connectionParams: Record<string, string>, query: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      this.sockets.push(socket);
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string; payload?: { data?: { caseFeed?: { occurredAt: string; sequence: string } } } };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
          resolve();
        } else if (message.type === 'next' && this.recording) {
          const event = message.payload?.data?.caseFeed;
          if (!event) return;
          this.receipts.push({ sequence: event.sequence, occurredAt: Date.parse(event.occurredAt), receivedAt: Date.now() });
        } else if (message.type === 'error') {
          reject(new Error(JSON.stringify(message.payload)));
        }
      });
    });
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function openSubscriptions(server: BenchServerProcess, bare: boolean): Promise<number> {
  if (bare) return ((await (await fetch(server.url.replace('/graphql', '/subscribers'))).json()) as { subscribers: number }).subscribers;
  const metrics = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
  return Number(/^lindungi_graphql_open_subscriptions (\d+)/m.exec(metrics)?.[1] ?? 0);
}

async function measureOne(options: {
  label: FanoutRow['server'];
  /** The subscribers are spread over these servers in turn; the CPU is that of all of them. */
  servers: BenchServerProcess[];
  bare: boolean;
  subscribers: number;
  reportsPerSecond: number;
  seconds: number;
  publish: (index: number) => Promise<void>;
  /** Feed events each subscriber receives per publication (Lindungi's whole feed: two a report). */
  eventsPerPublication: number;
  /** The subscription each subscriber starts (the bare server takes the whole feed's). */
  query?: string;
  connectionParams: Record<string, string>;
  /** Lindungi's commit times; absent for the bare server, whose events commit when published. */
  commitTimes?: CommitTimes;
}): Promise<FanoutRow> {
  const { servers, bare } = options;
  const subscribers = new Subscribers();
  const allOpen = async () => (await Promise.all(servers.map((server) => openSubscriptions(server, bare)))).reduce((sum, open) => sum + open, 0);
  const cpuMs = () => servers.reduce((sum, server) => sum + processCpuMs(server.pid), 0);
  try {
    for (const [index, server] of servers.entries()) {
      const share = Math.floor(options.subscribers / servers.length) + (index < options.subscribers % servers.length ? 1 : 0);
      await subscribers.open(server.url, share, options.connectionParams, options.query ?? CASE_FEED);
    }
    await waitFor(async () => (await allOpen()) >= options.subscribers, `${options.subscribers} subscriptions`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Warm-up: a few events, not recorded.
    for (let index = 0; index < 3; index += 1) await options.publish(-1 - index);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    subscribers.recording = true;
    const cpuBefore = cpuMs();
    const total = Math.round(options.reportsPerSecond * options.seconds);
    const started = Date.now();
    const sent: Array<Promise<void>> = [];
    for (let index = 0; index < total; index += 1) {
      const due = started + (index * 1000) / options.reportsPerSecond;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      sent.push(options.publish(index));
    }
    await Promise.all(sent);
    const events = total * options.eventsPerPublication;
    // Drain: until every event reached every subscriber, or 60 s (what is still missing then is reported).
    await waitFor(async () => subscribers.receipts.length >= events * options.subscribers, 'deliveries', 60).catch(() => undefined);
    const cpu = cpuMs() - cpuBefore;
    const { receipts } = subscribers;
    const latencies = summary(receipts.map((receipt) => receipt.receivedAt - receipt.occurredAt));
    const commits = options.commitTimes ? await options.commitTimes([...new Set(receipts.map((receipt) => receipt.sequence))]) : null;
    const fromCommit = options.commitTimes
      ? commits && summary(receipts.map((receipt) => receipt.receivedAt - commits.get(receipt.sequence)!))
      : latencies;
    return {
      server: options.label,
      subscribers: options.subscribers,
      publicationsPerSecond: options.reportsPerSecond,
      seconds: options.seconds,
      eventsPerReport: options.eventsPerPublication,
      events,
      delivered: receipts.length,
      expected: events * options.subscribers,
      ...latencies,
      fromCommit,
      nodeCpuMsPerEvent: events ? cpu / events : 0,
    };
  } finally {
    subscribers.close();
  }
}

/**
 * Scenario 4: `subscribers` graphql-ws subscribers on Lindungi's `caseFeed` (a supervisor of every area,
 * so they share one execution per event, authorized once for all) while reports are submitted at a steady
 * rate, first on the whole feed (two events a report), then on new cases only (one); then the same
 * subscribers on a bare graphql-ws server that publishes the same payload at the same rate (one event per
 * report as the issue states it, then the two Lindungi sends), then on two Lindungi instances sharing the
 * database (the whole feed).
 */
export async function measureFanout(options: {
  environment: Record<string, string>;
  supervisorToken: string;
  operatorToken: string;
  /** When the database keeps commit times (`track_commit_timestamp`), latencies are also taken from each commit. */
  commitTimes: CommitTimes;
  subscribers: number;
  reportsPerSecond: number;
  seconds: number;
  log: (message: string) => void;
}): Promise<FanoutRow[]> {
  const rows: FanoutRow[] = [];
  const run = `fanout-${Date.now().toString(36)}`;
  let measurement = 0;
  /**
   * Lindungi on `instances` processes over the one database; reports go to the first, subscribers to all.
   * With `newCasesOnly`, each subscriber asks for CASE_OPENED events alone: one a report.
   */
  const measureLindungi = async (instances: number, label: FanoutRow['server'], newCasesOnly = false): Promise<FanoutRow> => {
    const servers: BenchServerProcess[] = [];
    // Each measurement's own idempotency keys: a key used before would only return its first receipt.
    measurement += 1;
    const keyPrefix = `${run}-${measurement}`;
    try {
      for (let index = 0; index < instances; index += 1) servers.push(await startServerProcess('Lindungi', options.environment));
      const row = await measureOne({
        label,
        servers,
        bare: false,
        subscribers: options.subscribers,
        reportsPerSecond: options.reportsPerSecond,
        seconds: options.seconds,
        connectionParams: { authorization: `Bearer ${options.supervisorToken}` },
        eventsPerPublication: newCasesOnly ? 1 : 2,
        query: newCasesOnly ? NEW_CASES_FEED : CASE_FEED,
        commitTimes: options.commitTimes,
        publish: async (index) => {
          const key = `${keyPrefix}-${index}`;
          const response = await fetch(servers[0].url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${options.operatorToken}` },
            body: JSON.stringify({ query: SUBMIT_HOTLINE_REPORT, variables: { input: hotlineReport(key, `Laporan siaran langsung ${key}`) } }),
          });
          if (!response.ok) throw new Error(`report ${key} failed: ${response.status}`);
        },
      });
      options.log(`fan-out ${label}: ${JSON.stringify(row)}`);
      return row;
    } finally {
      for (const server of servers) await server.stop();
    }
  };
  rows.push(await measureLindungi(1, 'Lindungi'));
  rows.push(await measureLindungi(1, 'Lindungi, new cases only', true));
  const bare = await startServerProcess('bare graphql-ws', {});
  try {
    // The baseline as the issue states it (one event per publication), then with the two events Lindungi
    // sends for each report (the report and its case), pushed together.
    for (const eventsPerPublication of [1, 2]) {
      // The previous measurement's subscribers are gone before the next one counts its own.
      await waitFor(async () => (await openSubscriptions(bare, true)) === 0, 'the bare server to see its subscribers leave');
      rows.push(
        await measureOne({
          label: eventsPerPublication === 1 ? 'bare graphql-ws' : 'bare graphql-ws, 2 events per report',
          servers: [bare],
          bare: true,
          subscribers: options.subscribers,
          reportsPerSecond: options.reportsPerSecond,
          seconds: options.seconds,
          connectionParams: {},
          eventsPerPublication,
          publish: async () => {
            await fetch(bare.url.replace('/graphql', eventsPerPublication === 1 ? '/publish' : '/publish?events=2'), { method: 'POST' });
          },
        }),
      );
      options.log(`fan-out bare (${eventsPerPublication} per publication): ${JSON.stringify(rows[rows.length - 1])}`);
    }
  } finally {
    await bare.stop();
  }
  // Then two instances: half the subscribers on each, every report submitted to the first, so every
  // event reaches the second through PostgreSQL's notifications.
  rows.push(await measureLindungi(2, 'Lindungi, 2 instances'));
  return rows;
}
