import { writeFileSync } from 'node:fs';
import { type BenchServerProcess, type ServerName, startServerProcess } from './bench-servers';
import type { ApiDataset } from './api-dataset';
import {
  LINDUNGI_CHILD_FOUR_LEVELS,
  LINDUNGI_PROFILE_PAGE,
  POSTGRAPHILE_CHILD_FOUR_LEVELS,
  POSTGRAPHILE_PROFILE_PAGE,
} from './documents';
import { type LoadFigures, type LoadSettings, loadServer, median } from './load';

export const READ_SERVERS: ServerName[] = ['Lindungi', 'PostGraphile v5', 'PostGraphile v4', 'limit (1 SQL)'];

export type ReadScenario = 'profile' | 'deep';

export interface ReadRow {
  server: ServerName;
  rounds: LoadFigures[];
  median: LoadFigures;
}

export interface ReadResults {
  profile: ReadRow[];
  deep: ReadRow[];
  /** Differences between what the servers answered (empty when they agree). */
  disagreements: string[];
}

type Json = Record<string, unknown>;

function request(server: ServerName, scenario: ReadScenario, dataset: ApiDataset): { body: string; headers: Record<string, string> } {
  const lindungi = server === 'Lindungi';
  const query =
    scenario === 'profile' ? (lindungi ? LINDUNGI_PROFILE_PAGE : POSTGRAPHILE_PROFILE_PAGE) : lindungi ? LINDUNGI_CHILD_FOUR_LEVELS : POSTGRAPHILE_CHILD_FOUR_LEVELS;
  const variables = scenario === 'profile' ? { first: 20 } : { id: dataset.deepChildId };
  const operationName = scenario === 'profile' ? 'ChildProfilePage' : 'ChildFourLevels';
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (lindungi) headers.authorization = `Bearer ${dataset.supervisorToken}`;
  return { body: JSON.stringify({ query, variables, operationName }), headers };
}

/** PostGraphile's connections (`{nodes: [...]}`) and single-row lists flattened to Lindungi's shape. */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Json;
  if (Array.isArray(object.nodes) && Object.keys(object).length === 1) {
    const nodes = normalise(object.nodes) as unknown[];
    return key === 'currentPlacement' || key === 'currentCompanion' ? (nodes[0] ?? null) : nodes;
  }
  const result: Json = {};
  for (const [name, inner] of Object.entries(object)) result[name] = normalise(inner, name);
  if (key === 'currentCompanion' && result.worker) return result.worker;
  return result;
}

/** A fingerprint of an answer that ignores formats and the order of ties: which records it holds. */
function fingerprint(answer: unknown): string {
  const ids: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value as Json)) {
        if (name === 'id' && typeof inner === 'string') ids.push(inner.slice(0, 8));
        else if (name === 'periodStart' && typeof inner === 'string') ids.push(inner.slice(0, 7));
        else walk(inner);
      }
    }
  };
  walk(answer);
  return ids.sort().join(',');
}

async function check(servers: BenchServerProcess[], scenario: ReadScenario, dataset: ApiDataset): Promise<string[]> {
  const prints: Array<[ServerName, string]> = [];
  for (const server of servers) {
    const { body, headers } = request(server.name, scenario, dataset);
    const response = await fetch(server.url, { method: 'POST', headers, body }).catch((error: unknown) => {
      throw new Error(`${server.name} at ${server.url} did not answer: ${String(error)}${server.exitReport()}`);
    });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || answer.errors || !answer.data) throw new Error(`${server.name} failed ${scenario}: ${response.status} ${JSON.stringify(answer).slice(0, 600)}`);
    prints.push([server.name, fingerprint(normalise(answer.data))]);
    if (process.env.BENCH_DEBUG) writeFileSync(`/tmp/bench-${scenario}-${server.name.replace(/\W+/g, '-')}.json`, JSON.stringify(normalise(answer.data), null, 1));
  }
  const [reference, ...others] = prints;
  return others.filter(([, print]) => print !== reference[1]).map(([name, print]) => `${scenario}: ${name} answered other records than ${reference[0]} (${print.length} vs ${reference[1].length} characters of ids)`);
}

/** Scenarios 1 and 2: each server in its own process, loaded in turn, rounds rotated, medians. */
export async function measureReads(options: {
  dataset: ApiDataset;
  environment: Record<string, string>;
  postmasterPid: number | null;
  rounds: number;
  settings: LoadSettings;
  log: (message: string) => void;
}): Promise<ReadResults> {
  const servers: BenchServerProcess[] = [];
  try {
    for (const name of READ_SERVERS) {
      options.log(`starting ${name}...`);
      servers.push(await startServerProcess(name, options.environment));
    }
    const disagreements = [...(await check(servers, 'profile', options.dataset)), ...(await check(servers, 'deep', options.dataset))];
    const results: ReadResults = { profile: [], deep: [], disagreements };
    for (const scenario of ['profile', 'deep'] as const) {
      const rounds = new Map<ServerName, LoadFigures[]>(servers.map((server) => [server.name, []]));
      for (let round = 0; round < options.rounds; round += 1) {
        const order = [...servers.slice(round % servers.length), ...servers.slice(0, round % servers.length)];
        for (const server of order) {
          const figures = await loadServer({ url: server.url, pid: server.pid, postmasterPid: options.postmasterPid, ...request(server.name, scenario, options.dataset) }, options.settings);
          options.log(`${scenario} round ${round + 1} ${server.name}: ${figures.requestsPerSecond.toFixed(0)} req/s, p99 ${figures.p99Ms} ms, ${figures.failures} failures`);
          rounds.get(server.name)!.push(figures);
        }
      }
      results[scenario] = servers.map((server) => {
        const figures = rounds.get(server.name)!;
        const pick = (select: (row: LoadFigures) => number) => median(figures.map(select));
        return {
          server: server.name,
          rounds: figures,
          median: {
            requestsPerSecond: pick((row) => row.requestsPerSecond),
            p50Ms: pick((row) => row.p50Ms),
            p99Ms: pick((row) => row.p99Ms),
            requests: pick((row) => row.requests),
            failures: figures.reduce((sum, row) => sum + row.failures, 0),
            nodeCpuMsPerRequest: pick((row) => row.nodeCpuMsPerRequest),
            postgresCpuMsPerRequest: figures[0].postgresCpuMsPerRequest === null ? null : pick((row) => row.postgresCpuMsPerRequest ?? 0),
          },
        };
      });
    }
    return results;
  } finally {
    for (const server of servers) await server.stop();
  }
}
