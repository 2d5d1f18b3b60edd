import autocannon from 'autocannon';
import type { Client } from 'pg';
import { startServerProcess } from './bench-servers';
import { median } from './load';
import { clusterCpuMs, processCpuMs } from './process-cpu';

export const SUBMIT_HOTLINE_REPORT = `mutation SubmitHotlineReport($input: SubmitHotlineReportInput!) {
  submitHotlineReport(input: $input) { trackingCode receivedAt }
}`;

/** A report of a child at risk, as the hotline takes it (it opens a protection case and feeds the live feed). */
export function hotlineReport(idempotencyKey: string, description: string): Record<string, unknown> {
  return {
    channel: 'HOTLINE_164',
    kind: 'CHILD_AT_RISK',
    description,
    area: 'JAKARTA_TIMUR',
    locationDetail: 'Kolong jembatan Kampung Melayu',
    childDescription: 'Laki-laki, sekitar 8 tahun',
    reporterContact: '0812-1111-2222',
    idempotencyKey,
  };
}

export interface IntakeRound {
  /** Acknowledged reports (a receipt with a tracking code) per second of the measured part. */
  acknowledgedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  acknowledged: number;
  /** Retries with an already acknowledged key (every 10th request) that were answered with a receipt. */
  retries: number;
  failures: number;
  nodeCpuMsPerReport: number;
  postgresCpuMsPerReport: number | null;
}

export interface IntakeFigures {
  rounds: IntakeRound[];
  median: IntakeRound;
  /** Distinct keys acknowledged over the whole scenario (warm-ups included), and reports in the database with one of them: equal when none is lost or doubled. */
  acknowledgedKeys: number;
  storedReports: number;
}

/**
 * Scenario 3: `submitHotlineReport` with idempotency keys, by a hotline operator, 10 connections. Every
 * 10th request repeats an acknowledged key (a client retry), which must get the same receipt and store
 * nothing. Afterwards, every acknowledged key must be in the database exactly once.
 */
export async function measureHotlineIntake(options: {
  environment: Record<string, string>;
  operatorToken: string;
  sql: Client;
  postmasterPid: number | null;
  rounds: number;
  settings: { connections: number; warmupSeconds: number; seconds: number };
  log: (message: string) => void;
}): Promise<IntakeFigures> {
  const server = await startServerProcess('Lindungi', options.environment);
  const acknowledgedKeys = new Set<string>();
  const run = `bench-${Date.now().toString(36)}`;
  let sequence = 0;
  // autocannon resets a connection's context after each request, so the retried key is the latest one
  // acknowledged on any connection: a client retrying after a lost answer, from a new connection.
  let lastAcknowledged: string | null = null;
  try {
    const load = async (seconds: number) => {
      let acknowledged = 0;
      let retries = 0;
      const result = await autocannon({
        url: server.url,
        connections: options.settings.connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${options.operatorToken}` },
            setupRequest(request, context) {
              sequence += 1;
              const retry = sequence % 10 === 0 && lastAcknowledged !== null;
              const key = retry && lastAcknowledged ? lastAcknowledged : `${run}-${sequence}`;
              context.key = key;
              context.retry = retry;
              const description = `Anak tidur sendirian di kolong jembatan (laporan ${key})`;
              return { ...request, body: JSON.stringify({ query: SUBMIT_HOTLINE_REPORT, variables: { input: hotlineReport(key, description) } }) };
            },
            onResponse(status, body, context) {
              if (status !== 200 || !body.includes('"trackingCode"')) return;
              acknowledged += 1;
              if (context.retry) retries += 1;
              acknowledgedKeys.add(context.key as string);
              lastAcknowledged = context.key as string;
            },
          },
        ],
      });
      return { result, acknowledged, retries };
    };
    const rounds: IntakeRound[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      if (options.settings.warmupSeconds > 0) await load(options.settings.warmupSeconds);
      const nodeBefore = processCpuMs(server.pid);
      const postgresBefore = options.postmasterPid ? clusterCpuMs(options.postmasterPid) : 0;
      const { result, acknowledged, retries } = await load(options.settings.seconds);
      const nodeCpu = processCpuMs(server.pid) - nodeBefore;
      const postgresCpu = options.postmasterPid ? clusterCpuMs(options.postmasterPid) - postgresBefore : null;
      const row: IntakeRound = {
        acknowledgedPerSecond: acknowledged / options.settings.seconds,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        acknowledged,
        retries,
        failures: result.requests.total - acknowledged + result.errors + result.timeouts,
        nodeCpuMsPerReport: acknowledged ? nodeCpu / acknowledged : 0,
        postgresCpuMsPerReport: postgresCpu === null || !acknowledged ? null : postgresCpu / acknowledged,
      };
      options.log(`intake round ${round + 1}: ${row.acknowledgedPerSecond.toFixed(0)} reports/s, p99 ${row.p99Ms} ms, ${row.failures} not acknowledged`);
      rounds.push(row);
    }
    const stored = await options.sql.query<{ count: string; distinct_keys: string }>(
      `select count(*) as count, count(distinct idempotency_key) as distinct_keys from hotline_report where idempotency_key = any($1::text[])`,
      [[...acknowledgedKeys]],
    );
    if (stored.rows[0].count !== stored.rows[0].distinct_keys) throw new Error(`a retried key was stored twice: ${JSON.stringify(stored.rows[0])}`);
    const pick = (select: (row: IntakeRound) => number) => median(rounds.map(select));
    return {
      rounds,
      median: {
        acknowledgedPerSecond: pick((row) => row.acknowledgedPerSecond),
        p50Ms: pick((row) => row.p50Ms),
        p99Ms: pick((row) => row.p99Ms),
        acknowledged: pick((row) => row.acknowledged),
        retries: pick((row) => row.retries),
        failures: rounds.reduce((sum, row) => sum + row.failures, 0),
        nodeCpuMsPerReport: pick((row) => row.nodeCpuMsPerReport),
        postgresCpuMsPerReport: rounds[0].postgresCpuMsPerReport === null ? null : pick((row) => row.postgresCpuMsPerReport ?? 0),
      },
      acknowledgedKeys: acknowledgedKeys.size,
      storedReports: Number(stored.rows[0].count),
    };
  } finally {
    await server.stop();
  }
}
