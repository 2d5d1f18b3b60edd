import type { EntityManager } from '@mikro-orm/postgresql';
import { claimDue, OverdueReportDetection, overdueAtOf } from '../../src/progress-reports/overdue-detection';
import { addDays, dueDateOf, periodContaining } from '../../src/progress-reports/reporting-schedule';
import { DomainEvents } from '../../src/shared/events/domain-events';
import { createBenchDatabase, type BenchDatabase, type BenchServer } from './bench-database';

/**
 * Overdue detection over many reports (issue 5): `children` children with a companion each, `months`
 * ended months of accepted reports and owed-report rows (children x months of each), of which the latest
 * month has `newlyOverdue` reports missing that have just passed their due date, and an older month a
 * backlog already escalated to level 3. Measures one detection run with the job's own code.
 */
export interface DetectionScenario {
  children: number;
  months: number;
  newlyOverdue: number;
}

export interface DetectionFigures extends DetectionScenario {
  reports: number;
  loadSeconds: number;
  runMs: number;
  statements: number;
  alertsRaised: number;
  /** The same run again at once: nothing new to raise. */
  rerunMs: number;
  rerunStatements: number;
  plan: string;
}

const GRACE_DAYS = 7;
const LATEST_MONTH = '2026-09-01';
const BACKLOG = 3_000;

function monthsEndingAt(latest: string, count: number): string[] {
  const months = [latest];
  while (months.length < count) months.unshift(periodContaining(addDays(months[0], -1)).periodStart);
  return months;
}

async function load(database: BenchDatabase, scenario: DetectionScenario): Promise<number> {
  const started = performance.now();
  const { sql } = database;
  const months = monthsEndingAt(LATEST_MONTH, scenario.months);
  await sql.query(`insert into worker (id, full_name, kind, area)
    select gen_random_uuid(), 'Pendamping ' || n, 'COMPANION', (enum_range(null::jakarta_area))[1 + n % 6]
    from generate_series(1, 500) n`);
  await sql.query(`create table bench_companion as select id, row_number() over (order by id) - 1 as n from worker`);
  await sql.query(`create table bench_child as select gen_random_uuid() as id, n from generate_series(1, $1::int) n`, [scenario.children]);
  await sql.query(`insert into child (id, full_name, sex, programmes, legal_basis, area)
    select c.id, 'Anak ' || c.n, 'FEMALE', '{}', 'PUBLIC_TASK', 'JAKARTA_TIMUR' from bench_child c`);
  await sql.query(`insert into companion_assignment (id, child_id, companion_id, started_on)
    select gen_random_uuid(), c.id, w.id, $1::date from bench_child c join bench_companion w on w.n = c.n % 500`, [months[0]]);
  for (const month of months) {
    const period = periodContaining(month);
    const dueDate = dueDateOf(period, GRACE_DAYS);
    const latest = month === LATEST_MONTH;
    const backlog = month === months[Math.max(0, months.length - 3)] && !latest;
    // Reports: accepted on their due date, except the newly overdue (latest month) and the backlog.
    await sql.query(
      `insert into progress_report (id, child_id, companion_id, period_start, period_end, due_date, status, content, submissions, submitted_at)
       select gen_random_uuid(), c.id, w.id, $1, $2, $3, 'ACCEPTED', '{}', 1, $4
         from bench_child c join bench_companion w on w.n = c.n % 500
        where not ($5 and c.n <= $6) and not ($7 and c.n > $6 and c.n <= $6 + $8)`,
      [period.periodStart, period.periodEnd, dueDate, new Date(`${dueDate}T10:00:00+07:00`), latest, scenario.newlyOverdue, backlog, BACKLOG],
    );
    await sql.query(
      `insert into owed_report (id, child_id, companion_id, period_start, period_end, due_date, overdue_at, fulfilled_at, alert_level)
       select gen_random_uuid(), c.id, w.id, $1, $2, $3, $4,
              case when ($5 and c.n <= $6) or ($7 and c.n > $6 and c.n <= $6 + $8) then null else $9::timestamptz end,
              case when $7 and c.n > $6 and c.n <= $6 + $8 then 3 else 0 end
         from bench_child c join bench_companion w on w.n = c.n % 500`,
      [period.periodStart, period.periodEnd, dueDate, overdueAtOf(dueDate), latest, scenario.newlyOverdue, backlog, BACKLOG, new Date(`${dueDate}T10:00:00+07:00`)],
    );
    await sql.query(`insert into closed_reporting_period (period_start, obligations) values ($1, $2)`, [period.periodStart, scenario.children]);
  }
  await sql.query('drop table bench_companion; drop table bench_child');
  await sql.query('vacuum analyze');
  return (performance.now() - started) / 1000;
}

/** Loads a database for the scenario, explains the level-1 claim, then times one detection run. */
export async function measureDetection(server: BenchServer, scenario: DetectionScenario): Promise<DetectionFigures> {
  const database = await createBenchDatabase(server, `lindungi_bench_detection_${scenario.children}_${scenario.newlyOverdue}`, {
    REPORT_GRACE_DAYS: String(GRACE_DAYS),
  });
  try {
    const loadSeconds = await load(database, scenario);
    // One minute after the latest month's reports became overdue.
    const now = new Date(overdueAtOf(dueDateOf(periodContaining(LATEST_MONTH), GRACE_DAYS)).getTime() + 60_000);
    // The very statement the job sends (the lock mode needs a transaction to be built in).
    const claim = await (database.orm.em.fork() as EntityManager).transactional(async (em) => claimDue(em, 1, now, 500).getFormattedQuery());
    await database.sql.query('begin');
    const explained = await database.sql.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off, timing off) ${claim}`);
    await database.sql.query('rollback');

    const detection = new OverdueReportDetection(() => database.orm.em.fork() as EntityManager, new DomainEvents(), database.config.reports);
    database.takeStatementCount();
    const started = performance.now();
    const result = await detection.run(now);
    const runMs = performance.now() - started;
    const statements = database.takeStatementCount();
    const rerunStarted = performance.now();
    const rerun = await detection.run(now);
    const rerunMs = performance.now() - rerunStarted;
    if (rerun.alertsRaised.some(Boolean)) throw new Error('the second run raised alerts again');
    const [{ count }] = (await database.sql.query<{ count: string }>('select count(*) from progress_report')).rows;
    return {
      ...scenario,
      reports: Number(count),
      loadSeconds,
      runMs,
      statements,
      rerunMs,
      rerunStatements: database.takeStatementCount(),
      alertsRaised: result.alertsRaised.reduce((sum, raised) => sum + raised, 0),
      plan: [claim, ...explained.rows.map((row) => row['QUERY PLAN'])].join('\n'),
    };
  } finally {
    await database.drop();
  }
}
