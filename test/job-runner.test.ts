import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { startJobRunner } from '../src/jobs/job-runner';
import { openOrm, withApplicationName } from '../src/orm';
import { systemClock } from '../src/shared/clock';
import { DomainEvents } from '../src/shared/events/domain-events';
import { createLogger } from '../src/shared/logger';
import { createTestDatabase } from './support/test-database';

it('stops without an unhandled error when the database ends its connections right after', async () => {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(32), OVERDUE_DETECTION_SCHEDULE: 'off', RETENTION_SCHEDULE: 'off' });
  const orm = await openOrm(database.url, config, createLogger('silent'), 'lindungi-test');
  const observer = new Client({ connectionString: database.url });
  await observer.connect();
  const jobConnectionsReach = async (done: (count: number) => boolean) => {
    for (const deadline = Date.now() + 5_000; !done(await jobConnections()) && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
    return jobConnections();
  };
  const jobConnections = async () => {
    const result = await observer.query<{ count: string }>("select count(*) from pg_stat_activity where datname = current_database() and application_name = 'lindungi-jobs'");
    return Number(result.rows[0].count);
  };
  try {
    const runner = await startJobRunner({
      databaseUrl: withApplicationName(database.url, 'lindungi-jobs'),
      newEntityManager: () => orm.em.fork() as EntityManager,
      events: new DomainEvents(),
      config,
      clock: systemClock,
      logger: createLogger('silent'),
    });
    // Its listening connection is open once it has started.
    expect(await jobConnectionsReach((count) => count > 0)).toBeGreaterThan(0);

    await runner.stop();
    // The database ends whatever the runner still holds, as a stopping PostgreSQL does right after the server:
    // a connection still open with no error handler then ended the process with an unhandled error.
    await observer.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'lindungi-jobs'");
    expect(await jobConnectionsReach((count) => count === 0)).toBe(0);
    // A cut connection's error reaches jest as an uncaught error (failing this test) within this wait.
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    await observer.end();
    await orm.close();
    await database.drop();
  }
});
