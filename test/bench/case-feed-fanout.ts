import WebSocket from 'ws';
import { type BenchServerProcess, startServerProcess } from './bench-servers';
import { SUBMIT_HOTLINE_REPORT, hotlineReport } from './hotline-intake';
import { processCpuMs } from './process-cpu';

const CASE_FEED = 'subscription CaseFeed { caseFeed { sequence kind audience occurredAt area riskLevel reportKind } }';

export interface FanoutRow {
  server: 'Lindungi' | 'Lindungi, 2 instances' | 'bare graphql-ws' | 'bare graphql-ws, 2 events per report';
  subscribers: number;
  /** Events published in the measured part (Lindungi: two per report, REPORT_RECEIVED and CASE_OPENED). */
  events: number;
  /** Deliveries received / subscribers x events. */
  delivered: number;
  expected: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  nodeCpuMsPerEvent: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN;
}

/** Lightweight graphql-transport-ws subscribers: one socket each, latencies from each event's occurredAt. */
class Subscribers {
  private readonly sockets: WebSocket[] = [];
  latencies: number[] = [];
  recording = false;

  async open(url: string, count: number, connectionParams: Record<string, string>): Promise<void> {
    const wsUrl = url.replace(/^http/, 'ws');
    for (let first = 0; first < count; first += 50) {
      const batch = Array.from({ length: Math.min(50, count - first) }, () => this.openOne(wsUrl, connectionParams));
      await Promise.all(batch);
    }
  }

  private openOne(url: string, connectionParams: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      this.sockets.push(socket);
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string; payload?: { data?: { caseFeed?: { occurredAt: string; sequence: string } } } };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CASE_FEED } }));
          resolve();
        } else if (message.type === 'next' && this.recording) {
          const event = message.payload?.data?.caseFeed;
          if (!event) return;
          this.latencies.push(Date.now() - Date.parse(event.occurredAt));
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
  /** Feed events one publication makes (a report: REPORT_RECEIVED and CASE_OPENED). */
  eventsPerPublication: number;
  connectionParams: Record<string, string>;
}): Promise<FanoutRow> {
  const { servers, bare } = options;
  const subscribers = new Subscribers();
  const allOpen = async () => (await Promise.all(servers.map((server) => openSubscriptions(server, bare)))).reduce((sum, open) => sum + open, 0);
  const cpuMs = () => servers.reduce((sum, server) => sum + processCpuMs(server.pid), 0);
  try {
    for (const [index, server] of servers.entries()) {
      const share = Math.floor(options.subscribers / servers.length) + (index < options.subscribers % servers.length ? 1 : 0);
      await subscribers.open(server.url, share, options.connectionParams);
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
    await waitFor(async () => subscribers.latencies.length >= events * options.subscribers, 'deliveries', 60).catch(() => undefined);
    const cpu = cpuMs() - cpuBefore;
    const latencies = subscribers.latencies.sort((a, b) => a - b);
    return {
      server: options.label,
      subscribers: options.subscribers,
      events,
      delivered: latencies.length,
      expected: events * options.subscribers,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies[latencies.length - 1] ?? NaN,
      nodeCpuMsPerEvent: events ? cpu / events : 0,
    };
  } finally {
    subscribers.close();
  }
}

/**
 * Scenario 4: `subscribers` graphql-ws subscribers on Lindungi's `caseFeed` (a supervisor of every area,
 * so they share one execution per event, authorized once for all) while reports are submitted at a steady
 * rate, then the same subscribers on a bare graphql-ws server that publishes the same payload at the same
 * rate (one event per report as the issue states it, then the two Lindungi sends), then on two Lindungi
 * instances sharing the database.
 */
export async function measureFanout(options: {
  environment: Record<string, string>;
  supervisorToken: string;
  operatorToken: string;
  subscribers: number;
  reportsPerSecond: number;
  seconds: number;
  log: (message: string) => void;
}): Promise<FanoutRow[]> {
  const rows: FanoutRow[] = [];
  const run = `fanout-${Date.now().toString(36)}`;
  /** Lindungi on `instances` processes over the one database; reports go to the first, subscribers to all. */
  const measureLindungi = async (instances: number, label: FanoutRow['server']): Promise<FanoutRow> => {
    const servers: BenchServerProcess[] = [];
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
        eventsPerPublication: 2,
        publish: async (index) => {
          const key = `${run}-${instances}-${index}`;
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
