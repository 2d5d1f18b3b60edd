import type { EntityManager } from '@mikro-orm/postgresql';
import { Logger as JobLogger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { AppConfig } from '../config';
import { OverdueReportDetection } from '../progress-reports/overdue-detection';
import { applyRetention } from '../retention/retention';
import type { Clock } from '../shared/clock';
import type { DomainEvents } from '../shared/events/domain-events';
import type { Logger } from '../shared/logger';

/** The task that closes ended reporting periods and raises overdue-report alerts. */
export const DETECT_OVERDUE_REPORTS = 'detect_overdue_reports';
/** The task that anonymises records past their retention (src/retention/retention.ts). */
export const APPLY_RETENTION = 'apply_retention';

/**
 * Each task on its schedule, once across all instances: graphile-worker's cron queues each scheduled
 * time's job exactly once (it records the last scheduled time in the database), the job key keeps at most
 * one waiting, and the tasks themselves are safe if two ever ran at once (rows claimed with SKIP LOCKED).
 */
function crontab(jobs: AppConfig['jobs']): string {
  const lines = [
    [jobs.overdueDetectionSchedule, DETECT_OVERDUE_REPORTS],
    [jobs.retentionSchedule, APPLY_RETENTION],
  ] as const;
  return lines
    .filter(([schedule]) => schedule)
    .map(([schedule, task]) => `${schedule} ${task} ?max=1&jobKey=${task}&jobKeyMode=preserve_run_at`)
    .join('\n');
}

export interface JobRunnerDependencies {
  databaseUrl: string;
  newEntityManager: () => EntityManager;
  events: DomainEvents;
  config: AppConfig;
  clock: Clock;
  logger: Logger;
}

export interface JobRunner {
  stop(): Promise<void>;
}

/** Passes graphile-worker's logs to ours, one level quieter: its routine chatter is not news to operators. */
function jobLogger(logger: Logger): JobLogger {
  return new JobLogger((scope) => (level, message, meta) => {
    const fields = { component: 'jobs', ...scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}

/** Installs or upgrades graphile-worker's own tables (schema `graphile_worker`). */
export async function migrateJobQueue(databaseUrl: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: jobLogger(logger) });
}

/** Runs scheduled jobs in this process, on PostgreSQL: no timer per process decides what runs. */
export async function startJobRunner(dependencies: JobRunnerDependencies): Promise<JobRunner> {
  const { config, clock, logger } = dependencies;
  const detection = new OverdueReportDetection(dependencies.newEntityManager, dependencies.events, config.reports);
  const taskList: TaskList = {
    async [DETECT_OVERDUE_REPORTS]() {
      const result = await detection.run(clock.now());
      if (result.periodsClosed.length || result.alertsRaised.some(Boolean)) logger.info({ component: 'jobs', ...result }, 'overdue-report detection');
    },
    async [APPLY_RETENTION]() {
      const result = await applyRetention(dependencies.newEntityManager, config.jobs.retentionYears, clock.now());
      if (result.childrenAnonymised || result.reportsAnonymised) logger.info({ component: 'jobs', ...result }, 'retention applied');
    },
  };
  const pool = jobQueuePool(dependencies.databaseUrl, logger);
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency: 1,
      noHandleSignals: true,
      pollInterval: 2000,
      taskList,
      crontab: crontab(config.jobs),
      logger: jobLogger(logger),
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    async stop() {
      try {
        await runner.stop();
      } finally {
        await pool.end();
      }
    },
  };
}

/**
 * The job runner's connections, in a pool of our own rather than one graphile-worker makes: its stop
 * removes its pool's error handlers and only starts ending the pool, so a connection the database ended
 * right after (the embedded PostgreSQL stops next) raised an unhandled error and the process exited 1.
 * Here the handlers stay for the pool's whole life and the stop waits until every connection is closed.
 */
function jobQueuePool(databaseUrl: string, logger: Logger): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: 3 });
  const connectionLost = (error: Error) => logger.warn({ component: 'jobs', err: error }, 'job runner lost a database connection');
  pool.on('error', connectionLost);
  pool.on('connect', (client) => client.on('error', connectionLost));
  return pool;
}
