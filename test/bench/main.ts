import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { loadApiDataset } from './api-dataset';
import { createBenchDatabase, startBenchServer } from './bench-database';
import { measureDetection, type DetectionFigures } from './overdue-detection';
import { parentPid } from './process-cpu';
import { measureReads } from './read-scenarios';
import { startStatementCounter } from './statement-count';
import { LINDUNGI_CHILD_FOUR_LEVELS, LINDUNGI_PROFILE_PAGE } from './documents';

/**
 * `npm run bench`: performance figures, never asserted in tests. Absolute times depend on this shared
 * machine; compare rows of one run. Flags:
 * - `--quick`: a short smoke run (small dataset, one round of 3 s per server);
 * - `--scale`: the large dataset (100,000 children, 1,000,000 reports) instead of 10,000 and 50,000;
 * - `--children N`: the largest overdue-detection scenario (default 100,000 children x 10 months);
 * - `--only 1,2,3,4,5`: the scenarios to run.
 */
interface BenchOptions {
  quick: boolean;
  scale: boolean;
  detectionChildren: number;
  only: Set<number>;
}

function parseOptions(argv: string[]): BenchOptions {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  return {
    quick,
    scale: argv.includes('--scale'),
    detectionChildren: Number(value('--children') ?? (quick ? 10_000 : 100_000)),
    only: new Set((value('--only') ?? '1,2,3,4,5').split(',').map(Number)),
  };
}

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const server = await startBenchServer();
  try {
    if ([1, 2].some((scenario) => options.only.has(scenario))) {
      const size = options.quick ? { children: 1_000, reportsPerChild: 5 } : options.scale ? { children: 100_000, reportsPerChild: 10 } : { children: 10_000, reportsPerChild: 5 };
      const environment = { HOTLINE_RATE_LIMIT: '100000', HOTLINE_RATE_WINDOW_SECONDS: '1', JOB_RUNNER: 'false', PORT: '0' };
      const database = await createBenchDatabase(server, 'lindungi_bench_api', environment);
      try {
        log(`seeding ${size.children} children...`);
        const dataset = await loadApiDataset(database, size);
        log(`seeded in ${dataset.seedSeconds.toFixed(0)} s: ${JSON.stringify({ ...dataset, supervisorToken: undefined, operatorToken: undefined })}`);
        const counter = await startStatementCounter(database.config);
        const token = dataset.supervisorToken;
        const statements = {
          profile20: await counter.count(JSON.stringify({ query: LINDUNGI_PROFILE_PAGE, variables: { first: 20 } }), token),
          profile100: await counter.count(JSON.stringify({ query: LINDUNGI_PROFILE_PAGE, variables: { first: 100 } }), token),
          deep: await counter.count(JSON.stringify({ query: LINDUNGI_CHILD_FOUR_LEVELS, variables: { id: dataset.deepChildId } }), token),
        };
        await counter.stop();
        log(`statements per request: ${JSON.stringify(statements)}`);
        const [{ pid }] = (await database.sql.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
        const postmaster = parentPid(pid);
        const serverEnvironment: Record<string, string> = {
          NODE_ENV: 'production',
          JWT_SECRET: database.config.auth.jwtSecret!,
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.config.database.url!,
          ...environment,
        };
        const reads = await measureReads({
          dataset,
          environment: serverEnvironment,
          postmasterPid: postmaster > 1 ? postmaster : null,
          rounds: options.quick ? 1 : 3,
          settings: options.quick ? { connections: 10, warmupSeconds: 1, seconds: 3 } : { connections: 10, warmupSeconds: 3, seconds: 10 },
          log,
        });
        console.log(JSON.stringify({ statements, reads }, null, 2));
      } finally {
        await database.drop();
      }
    }
    if (options.only.has(5)) {
      const children = options.detectionChildren;
      const scenarios = [
        { children, months: 10, newlyOverdue: 1_000 },
        { children, months: 10, newlyOverdue: 100 },
        { children: Math.round(children / 10), months: 10, newlyOverdue: 1_000 },
      ];
      const figures: DetectionFigures[] = [];
      for (const scenario of scenarios) {
        log(`loading ${scenario.children * scenario.months} reports, ${scenario.newlyOverdue} newly overdue...`);
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
    }
  } finally {
    await server.release();
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
