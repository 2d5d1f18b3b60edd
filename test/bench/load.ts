import autocannon from 'autocannon';
import { clusterCpuMs, processCpuMs } from './process-cpu';

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LoadTarget {
  url: string;
  /** The server process, to read its CPU time. */
  pid: number;
  /** The PostgreSQL postmaster, to read the cluster's CPU time; null when it is not on this machine. */
  postmasterPid: number | null;
  body: string;
  headers: Record<string, string>;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts in the measured part. */
  failures: number;
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
}

/** Warm-up, then the measured run, with the CPU the server and PostgreSQL used during the measured run. */
export async function loadServer(target: LoadTarget, settings: LoadSettings): Promise<LoadFigures> {
  const options = { url: target.url, method: 'POST', headers: target.headers, body: target.body, connections: settings.connections, timeout: 30 };
  if (settings.warmupSeconds > 0) await autocannon({ ...options, duration: settings.warmupSeconds });
  const nodeBefore = processCpuMs(target.pid);
  const postgresBefore = target.postmasterPid ? clusterCpuMs(target.postmasterPid) : 0;
  const result = await autocannon({ ...options, duration: settings.seconds });
  const nodeCpu = processCpuMs(target.pid) - nodeBefore;
  const postgresCpu = target.postmasterPid ? clusterCpuMs(target.postmasterPid) - postgresBefore : null;
  const requests = result.requests.total;
  return {
    requestsPerSecond: requests / settings.seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    failures: result.non2xx + result.errors + result.timeouts,
    nodeCpuMsPerRequest: requests ? nodeCpu / requests : 0,
    postgresCpuMsPerRequest: postgresCpu === null || !requests ? null : postgresCpu / requests,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
