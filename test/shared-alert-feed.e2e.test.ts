import { DETECT_OVERDUE_REPORTS } from '../src/jobs/job-runner';
import { StaffRole } from '../src/shared/auth/roles';
import { ManualClock } from '../src/shared/clock';
import { OverdueAlertsOwnFieldsDocument } from './operations/generated/graphql';
import { createStaff } from './support/factories';
import { runJob } from './support/jobs';
import { assignCompanion, createChild, createWorker, JakartaArea, WorkerKind } from './support/registry-factories';
import { sharedExecutionCount, subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Supervisors of one area share one execution of the overdue-report alert feed; each still receives exactly
 * the alerts of their own area. Detection runs on a clock the test moves (five grace days, level 2 at seven).
 */
const clock = new ManualClock(new Date('2026-01-01T00:00:00+07:00'));
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ REPORT_GRACE_DAYS: '5', REPORT_ALERT_LEVEL_2_DAYS: '7', REPORT_ALERT_LEVEL_3_DAYS: '14' }, { clock });
});

afterAll(() => app.stop());

async function detectAt(jakartaTime: string): Promise<void> {
  clock.set(new Date(`${jakartaTime}+07:00`));
  await runJob(app, DETECT_OVERDUE_REPORTS);
}

it('shares one alert feed among the supervisors of one area, and each receives only its own area’s alerts', async () => {
  const [timurCompanion, baratCompanion] = [await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR), await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_BARAT)];
  const [timurFirst, timurSecond, barat] = [
    await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR),
    await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR),
    await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT),
  ];
  const feeds = [timurFirst, timurSecond, barat].map((supervisor) => subscribe(app.webSocketClient(supervisor.token), OverdueAlertsOwnFieldsDocument, {}));
  await waitForOpenSubscriptions(app, 3);
  expect(await sharedExecutionCount(app)).toBe(2);

  for (const companion of [timurCompanion, baratCompanion]) {
    const child = await createChild(app, { area: companion.area ?? undefined });
    await assignCompanion(app, child, companion, '2026-06-15');
  }
  // August's reports are owed on 5 September: level 1 just after, level 2 a week after the due date. In
  // sequence order, an alert of the other area reaching a feed would come before that feed's level 2.
  await detectAt('2026-09-05T23:59:00');
  await detectAt('2026-09-06T00:01:00');
  await detectAt('2026-09-13T00:01:00');
  await Promise.all(feeds.map((feed) => feed.nth(2)));
  const alerts = feeds.map((feed) => feed.results.map((result) => result.data?.overdueReportAlerts));
  expect(alerts[0].map((alert) => [alert?.level, alert?.area, alert?.periodStart])).toEqual([
    [1, 'JAKARTA_TIMUR', '2026-08-01'],
    [2, 'JAKARTA_TIMUR', '2026-08-01'],
  ]);
  expect(alerts[1]).toEqual(alerts[0]);
  expect(alerts[2].map((alert) => [alert?.level, alert?.area])).toEqual([
    [1, 'JAKARTA_BARAT'],
    [2, 'JAKARTA_BARAT'],
  ]);
  for (const feed of feeds) feed.unsubscribe();
  await waitForOpenSubscriptions(app, 0, 'at most');
  expect(await sharedExecutionCount(app)).toBe(0);
});
