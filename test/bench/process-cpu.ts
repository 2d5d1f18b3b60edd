import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of a process in milliseconds, from /proc (0 when it is gone). */
function times(pid: number): { own: number; reaped: number; parent: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = (index: number) => (Number(fields[index]) * 1000) / TICKS_PER_SECOND;
    // fields[0] is the state (field 3 of stat): ppid is fields[1], utime fields[11] ... cstime fields[14].
    return { own: tick(11) + tick(12), reaped: tick(13) + tick(14), parent: Number(fields[1]) };
  } catch {
    return { own: 0, reaped: 0, parent: 0 };
  }
}

/** CPU milliseconds a process has used so far. */
export function processCpuMs(pid: number): number {
  return times(pid).own;
}

export function parentPid(pid: number): number {
  return times(pid).parent;
}

/**
 * CPU milliseconds used by a PostgreSQL cluster so far: the postmaster, its exited children (reaped) and
 * its live children (backends, background workers). Other clusters on the machine are not counted.
 */
export function clusterCpuMs(postmasterPid: number): number {
  const postmaster = times(postmasterPid);
  let total = postmaster.own + postmaster.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = times(Number(entry));
    if (child.parent === postmasterPid) total += child.own;
  }
  return total;
}
