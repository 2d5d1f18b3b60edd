import type { ApiDataset } from './api-dataset';
import type { FanoutRow } from './case-feed-fanout';
import type { IntakeFigures } from './hotline-intake';
import type { DetectionFigures } from './overdue-detection';
import type { ReadResults, ReadRow } from './read-scenarios';

export interface BenchMachine {
  date: string;
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  postgres: string;
  command: string;
}

export interface BenchResults {
  machine: BenchMachine;
  wallSeconds: number;
  settings: string;
  dataset?: ApiDataset;
  statements?: { profile20: number; profile100: number; deep: number };
  reads?: ReadResults;
  intake?: IntakeFigures;
  fanout?: FanoutRow[];
  detection?: DetectionFigures[];
}

const number = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (value: number) => `${value.toFixed(2)}x`;

function readTable(rows: ReadRow[]): string[] {
  const lindungi = rows.find((row) => row.server === 'Lindungi')!.median;
  const lines = [
    '| server | req/s (median) | p50 ms | p99 ms | Lindungi req/s ÷ this | Lindungi p99 ÷ this | Node CPU ms/req | PostgreSQL CPU ms/req | req/s per round | failed |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const row of rows) {
    const { median } = row;
    lines.push(
      `| ${row.server} | ${number(median.requestsPerSecond)} | ${number(median.p50Ms)} | ${number(median.p99Ms)} | ${row.server === 'Lindungi' ? '' : ratio(lindungi.requestsPerSecond / median.requestsPerSecond)} | ${row.server === 'Lindungi' ? '' : ratio(lindungi.p99Ms / median.p99Ms)} | ${number(median.nodeCpuMsPerRequest, 2)} | ${median.postgresCpuMsPerRequest === null ? 'n/a' : number(median.postgresCpuMsPerRequest, 2)} | ${row.rounds.map((round) => number(round.requestsPerSecond)).join(' / ')} | ${median.failures} |`,
    );
  }
  return lines;
}

/** The generated part of BENCHMARKS.md (and of the console output). */
export function renderResults(results: BenchResults): string {
  const { machine } = results;
  const out: string[] = [];
  out.push(`Measured ${machine.date} with \`${machine.command}\` (wall time ${number(results.wallSeconds)} s; ${results.settings}).`);
  out.push('');
  out.push(`Machine: ${machine.cores} cores (\`nproc\`), ${machine.memoryGiB} GiB memory, ${machine.cpu}; Node ${machine.node}; ${machine.postgres}.`);
  if (results.dataset) {
    const d = results.dataset;
    out.push('');
    out.push(
      `Dataset (\`lindungi seed\`'s generator, seed 42, plus accepted monthly reports): ${number(d.children)} children, ${number(d.guardians)} guardians, ${number(d.institutions)} institutions, ${number(d.workers)} workers, ${number(d.progressReports)} progress reports; seeded in ${number(d.seedSeconds)} s.`,
    );
  }
  if (results.reads && results.statements) {
    out.push('', '### 1. Child profile page (20 children)', '');
    out.push(...readTable(results.reads.profile));
    out.push('');
    out.push(
      `SQL statements per request (Lindungi, counted from the ORM's query log; authentication included): ${results.statements.profile20} for 20 children, ${results.statements.profile100} for 100 children; ${results.statements.deep} for scenario 2. PostGraphile v5 and the limit send 1 statement per request.`,
    );
    out.push('', '![Scenario 1: req/s and p99 per server](docs/bench/profile-page.svg)');
    out.push('', '### 2. One child, 4 levels deep', '');
    out.push(...readTable(results.reads.deep));
    if (results.reads.disagreements.length) out.push('', `Answers differed: ${results.reads.disagreements.join('; ')}.`);
    else out.push('', 'Every server answered the same records (checked before loading, ignoring the order of ties).');
  }
  if (results.intake) {
    const { intake } = results;
    out.push('', '### 3. Hotline intake (`submitHotlineReport` with idempotency keys, 10 connections, hotline operator)', '');
    out.push('| round | acknowledged reports/s | p50 ms | p99 ms | retries answered | not acknowledged | Node CPU ms/report | PostgreSQL CPU ms/report |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    const rows = [...intake.rounds.map((row, index) => [String(index + 1), row] as const), ['median', intake.median] as const];
    for (const [label, row] of rows) {
      out.push(
        `| ${label} | ${number(row.acknowledgedPerSecond)} | ${number(row.p50Ms)} | ${number(row.p99Ms)} | ${number(row.retries)} | ${number(row.failures)} | ${number(row.nodeCpuMsPerReport, 2)} | ${row.postgresCpuMsPerReport === null ? 'n/a' : number(row.postgresCpuMsPerReport, 2)} |`,
      );
    }
    out.push(
      '',
      `Acknowledged keys (warm-ups included): ${number(intake.acknowledgedKeys)}; reports in the database with one of those keys: ${number(intake.storedReports)}${intake.acknowledgedKeys === intake.storedReports ? ' (every acknowledged report is there, none twice)' : ' (MISMATCH)'}.`,
    );
  }
  if (results.fanout) {
    out.push('', '### 4. Live feed fan-out (`caseFeed` over graphql-ws)', '');
    const [first] = results.fanout;
    out.push(
      `Reports submitted (bare server: publications) at a steady ${number(first.publicationsPerSecond)} a second for ${number(first.seconds)} s after a warm-up, with every subscriber connected. Latencies from each event's commit, as the issue defines them (Lindungi: PostgreSQL's commit timestamp of the event's row; the bare server: its publish), and from the event's \`occurredAt\` (Lindungi: its transaction's start, so the transaction's own time is counted too).`,
      '',
    );
    out.push('| server | subscribers | events a report | events | delivered / expected | from commit: p50 ms | p99 ms | max ms | from occurredAt: p50 ms | p99 ms | max ms | server CPU ms per event |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of results.fanout) {
      const fromCommit = row.fromCommit ? [row.fromCommit.p50Ms, row.fromCommit.p99Ms, row.fromCommit.maxMs].map((value) => number(value)) : ['not kept', '', ''];
      out.push(
        `| ${row.server} | ${number(row.subscribers)} | ${number(row.eventsPerReport)} | ${number(row.events)} | ${number(row.delivered)} / ${number(row.expected)} | ${fromCommit.join(' | ')} | ${number(row.p50Ms)} | ${number(row.p99Ms)} | ${number(row.maxMs)} | ${number(row.nodeCpuMsPerEvent, 1)} |`,
      );
    }
    const bareRows = results.fanout.filter((row) => row.server.startsWith('bare'));
    const ratios = (row: FanoutRow, baseline: FanoutRow) =>
      `${row.fromCommit && baseline.fromCommit ? `from commit p99 ${ratio(row.fromCommit.p99Ms / baseline.fromCommit.p99Ms)}, p50 ${ratio(row.fromCommit.p50Ms / baseline.fromCommit.p50Ms)}; ` : ''}from occurredAt p99 ${ratio(row.p99Ms / baseline.p99Ms)}, p50 ${ratio(row.p50Ms / baseline.p50Ms)}`;
    const perReport = (count: number) => `${count} event${count === 1 ? '' : 's'} a report`;
    // Like for like first: the bare server sending as many messages a report as this row's subscribers receive.
    for (const row of results.fanout.filter((other) => !other.server.startsWith('bare'))) {
      const same = bareRows.find((baseline) => baseline.eventsPerReport === row.eventsPerReport);
      if (same) out.push('', `${row.server} (${perReport(row.eventsPerReport)}) against the bare server sending as many: ${ratios(row, same)}.`);
      for (const other of bareRows.filter((baseline) => baseline !== same)) out.push(`Against the bare server sending ${perReport(other.eventsPerReport)}: ${ratios(row, other)}.`);
    }
  }
  if (results.detection) {
    out.push('', "### 5. Overdue-report detection (one run of the job's own code, then the same run again at once)", '');
    out.push('| progress reports | owed reports | newly overdue | alerts raised | run (ms) | statements | rerun (ms) | rerun statements | load (s) |');
    out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of results.detection) {
      const cells = [row.reports, row.children * row.months, row.newlyOverdue, row.alertsRaised].map((value) => number(value));
      cells.push(row.runMs.toFixed(0), String(row.statements), row.rerunMs.toFixed(0), String(row.rerunStatements), row.loadSeconds.toFixed(0));
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('', `Plan of the level-1 claim at ${number(results.detection[0].reports)} reports (EXPLAIN ANALYZE, BUFFERS):`, '', '```', results.detection[0].plan, '```');
  }
  return out.join('\n');
}

export const GENERATED_BEGIN = '<!-- generated by npm run bench: begin -->';
export const GENERATED_END = '<!-- generated by npm run bench: end -->';

/** BENCHMARKS.md with its generated part replaced; the hand-written text around it stays. */
export function updateBenchmarksDocument(existing: string | null, generated: string): string {
  const block = `${GENERATED_BEGIN}\n${generated}\n${GENERATED_END}`;
  if (existing?.includes(GENERATED_BEGIN) && existing.includes(GENERATED_END)) {
    return existing.slice(0, existing.indexOf(GENERATED_BEGIN)) + block + existing.slice(existing.indexOf(GENERATED_END) + GENERATED_END.length);
  }
  return `# Benchmarks\n\nWritten by \`npm run bench\` between the markers; the analysis below them is ours.\n\n${block}\n`;
}
