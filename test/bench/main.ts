import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { loadApiDataset } from './api-dataset';
import { createBenchDatabase, startBenchServer } from './bench-database';
import { commitTimesFrom, measureFanout } from './case-feed-fanout';
import { profilePageChart } from './chart';
import { LINDUNGI_CHILD_FOUR_LEVELS, LINDUNGI_PROFILE_PAGE } from './documents';
import { measureHotlineIntake } from './hotline-intake';
import { measureDetection, type DetectionFigures } from './overdue-detection';
import { parentPid } from './process-cpu';
import { measureReads } from './read-scenarios';
import { type BenchResults, renderResults, updateBenchmarksDocument } from './report';
import { startStatementCounter } from './statement-count';
import { runSoak } from './soak';

/**
 * `npm run bench`: performance figures, never asserted in tests. Absolute times depend on this shared
 * machine; compare rows of one run. Flags:
 * - `--quick`: a short smoke run (1,000 children, one round of 3 s, 100 subscribers); writes no files;
 * - `--scale`: the large dataset (100,000 children, 1,000,000 reports) instead of 10,000 and 50,000;
 * - `--children N`: the largest overdue-detection scenario (default 100,000 children x 10 months);
 * - `--only 1,2,3,4,5`: the scenarios to run (a full run of all five writes BENCHMARKS.md and the chart).
 */
interface BenchOptions {
  quick: boolean;
  scale: boolean;
  detectionChildren: number;
  only: Set<number>;
}

const ROOT = path.join(__dirname, '..', '..');

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

function cpuModel(): string {
  try {
    return execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim() || cpus()[0]?.model || 'unknown CPU';
  } catch {
    return cpus()[0]?.model ?? 'unknown CPU';
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const server = await startBenchServer();
  if (process.argv.includes('--soak')) {
    // The soak (issue 10) runs on its own: npm run bench -- --soak --minutes 10 --subscriptions 500.
    await runSoak(server).finally(() => server.release());
    return;
  }
  const results: Partial<BenchResults> = {};
  let postgresVersion = 'PostgreSQL (version not read)';
  try {
    if ([1, 2, 3, 4].some((scenario) => options.only.has(scenario))) {
      const size = options.quick ? { children: 1_000, reportsPerChild: 5 } : options.scale ? { children: 100_000, reportsPerChild: 10 } : { children: 10_000, reportsPerChild: 5 };
      const environment = { HOTLINE_RATE_LIMIT: '100000', HOTLINE_RATE_WINDOW_SECONDS: '1', JOB_RUNNER: 'false', PORT: '0' };
      const database = await createBenchDatabase(server, 'lindungi_bench_api', environment);
      try {
        postgresVersion = (await database.sql.query<{ version: string }>('select version()')).rows[0].version.split(' on ')[0];
        log(`seeding ${size.children} children...`);
        const dataset = await loadApiDataset(database, size);
        results.dataset = dataset;
        log(`seeded in ${dataset.seedSeconds.toFixed(0)} s`);
        const [{ pid }] = (await database.sql.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
        const postmaster = parentPid(pid);
        const postmasterPid = postmaster > 1 ? postmaster : null;
        const serverEnvironment: Record<string, string> = {
          NODE_ENV: 'production',
          JWT_SECRET: database.config.auth.jwtSecret!,
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.config.database.url!,
          ...environment,
        };
        const settings = options.quick ? { connections: 10, warmupSeconds: 1, seconds: 3 } : { connections: 10, warmupSeconds: 3, seconds: 10 };
        const rounds = options.quick ? 1 : 3;
        if (options.only.has(1) || options.only.has(2)) {
          const counter = await startStatementCounter(database.config);
          const token = dataset.supervisorToken;
          results.statements = {
            profile20: await counter.count(JSON.stringify({ query: LINDUNGI_PROFILE_PAGE, variables: { first: 20 } }), token),
            profile100: await counter.count(JSON.stringify({ query: LINDUNGI_PROFILE_PAGE, variables: { first: 100 } }), token),
            deep: await counter.count(JSON.stringify({ query: LINDUNGI_CHILD_FOUR_LEVELS, variables: { id: dataset.deepChildId } }), token),
          };
          await counter.stop();
          log(`statements per request: ${JSON.stringify(results.statements)}`);
          results.reads = await measureReads({ dataset, environment: serverEnvironment, postmasterPid, rounds, settings, log });
        }
        if (options.only.has(3)) {
          log('hotline intake...');
          results.intake = await measureHotlineIntake({ environment: serverEnvironment, operatorToken: dataset.operatorToken, sql: database.sql, postmasterPid, rounds, settings, log });
        }
        if (options.only.has(4)) {
          log('case feed fan-out...');
          results.fanout = await measureFanout({
            environment: serverEnvironment,
            supervisorToken: dataset.supervisorToken,
            operatorToken: dataset.operatorToken,
            commitTimes: commitTimesFrom(database.sql),
            subscribers: options.quick ? 100 : 1_000,
            reportsPerSecond: options.quick ? 5 : 2,
            // 60 reports: with 20, the p99 of 40,000 deliveries came from the slowest report or two.
            seconds: options.quick ? 3 : 30,
            log,
          });
        }
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
      results.detection = figures;
    }
  } finally {
    await server.release();
  }
  const complete: BenchResults = {
    ...results,
    machine: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      cpu: cpuModel(),
      node: process.version,
      postgres: postgresVersion,
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    },
    wallSeconds: (performance.now() - started) / 1000,
    settings: options.quick
      ? 'quick: 1 round, 1 s warm-up + 3 s measured per server, 10 connections'
      : '3 rounds rotated, each 3 s warm-up + 10 s measured per server, 10 connections, medians',
  };
  const rendered = renderResults(complete);
  console.log(rendered);
  if (!options.quick && [1, 2, 3, 4, 5].every((scenario) => options.only.has(scenario))) {
    const document = path.join(ROOT, 'BENCHMARKS.md');
    writeFileSync(document, updateBenchmarksDocument(existsSync(document) ? readFileSync(document, 'utf8') : null, rendered));
    if (complete.reads) {
      mkdirSync(path.join(ROOT, 'docs', 'bench'), { recursive: true });
      const bars = complete.reads.profile.map((row) => ({ label: row.server, requestsPerSecond: row.median.requestsPerSecond, p99Ms: row.median.p99Ms }));
      writeFileSync(path.join(ROOT, 'docs', 'bench', 'profile-page.svg'), profilePageChart(bars, `Scenario 1, child profile page (20 children), ${complete.machine.date}, ${complete.machine.cores} cores: medians of 3 rounds`));
    }
    log('wrote BENCHMARKS.md and docs/bench/profile-page.svg');
  }
  log(`done in ${complete.wallSeconds.toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
