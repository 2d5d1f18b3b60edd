import 'reflect-metadata';
import { measureDetection, type DetectionFigures } from './overdue-detection';
import { startBenchServer } from './bench-database';
import { runSoak } from './soak';

/**
 * `npm run bench`: performance figures, never asserted in tests. Absolute times depend on this shared
 * machine; compare rows of one run. `--children N` sets the largest scenario (default 100,000 children x
 * 10 months = 1,000,000 reports).
 */
async function main(): Promise<void> {
  const childrenFlag = process.argv.indexOf('--children');
  const children = childrenFlag > 0 ? Number(process.argv[childrenFlag + 1]) : 100_000;
  const server = await startBenchServer();
  if (process.argv.includes('--soak')) {
    await runSoak(server).finally(() => server.release());
    return;
  }
  try {
    const scenarios = [
      { children, months: 10, newlyOverdue: 1_000 },
      { children, months: 10, newlyOverdue: 100 },
      { children: Math.round(children / 10), months: 10, newlyOverdue: 1_000 },
    ];
    const figures: DetectionFigures[] = [];
    for (const scenario of scenarios) {
      process.stderr.write(`loading ${scenario.children * scenario.months} reports, ${scenario.newlyOverdue} newly overdue...\n`);
      figures.push(await measureDetection(server, scenario));
    }
    console.log("\nOverdue-report detection: one run of the job's own code (closing no month), then the same run again at once");
    console.log('| progress reports | owed reports | newly overdue | alerts raised | run (ms) | statements | rerun (ms) | rerun statements | load (s) |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of figures) {
      const cells = [row.reports, row.children * row.months, row.newlyOverdue, row.alertsRaised].map((value) => value.toLocaleString('en'));
      cells.push(row.runMs.toFixed(0), String(row.statements), row.rerunMs.toFixed(0), String(row.rerunStatements), row.loadSeconds.toFixed(0));
      console.log(`| ${cells.join(' | ')} |`);
    }
    console.log(`\nPlan of the level-1 claim at ${figures[0].reports.toLocaleString('en')} reports (EXPLAIN ANALYZE, BUFFERS):\n`);
    console.log(figures[0].plan);
  } finally {
    await server.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
