import { randomUUID } from 'node:crypto';
import { StaffRole } from '../src/shared/auth/roles';
import { CaseFeedDocument, CaseFeedOwnFieldsDocument, CaseFeedWithReporterDocument, SubmitHotlineReportDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { JakartaArea } from './support/registry-factories';
import { sharedExecutionCount, subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Subscribers alike in access share one execution of the live case feed per event; nobody receives more or
 * less than on a feed of their own, and every subscriber's reads still go on its own audit record.
 */
let app: TestApp;
let operator: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp();
  operator = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
});

afterAll(() => app.stop());

async function submitReport(area: JakartaArea, description = `Anak terlihat sendirian di pinggir jalan ${randomUUID()}`): Promise<void> {
  const result = await app.request(
    SubmitHotlineReportDocument,
    { input: { channel: 'PHONE_LINE', kind: 'CHILD_AT_RISK', description, area, reporterName: 'Ibu Sari', reporterContact: '081234567890' } },
    operator.token,
  );
  expect(result.errors).toBeUndefined();
}

it('shares one execution among the supervisors of one area, keeps other areas apart, and gives each exactly its own events', async () => {
  const [utaraFirst, utaraSecond, selatan] = await Promise.all([
    createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA),
    createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA),
    createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_SELATAN),
  ]);
  const feeds = {
    utaraFirst: subscribe(app.webSocketClient(utaraFirst.token), CaseFeedOwnFieldsDocument, {}),
    utaraSecond: subscribe(app.webSocketClient(utaraSecond.token), CaseFeedOwnFieldsDocument, {}),
    selatan: subscribe(app.webSocketClient(selatan.token), CaseFeedOwnFieldsDocument, {}),
  };
  await waitForOpenSubscriptions(app, 3);
  // Two accounts of one area, one execution; the other area has its own.
  expect(await sharedExecutionCount(app)).toBe(2);

  // In sequence order: a leak of Selatan's events to Utara's feed would arrive before Utara's second report.
  await submitReport(JakartaArea.JAKARTA_UTARA);
  await submitReport(JakartaArea.JAKARTA_SELATAN);
  await submitReport(JakartaArea.JAKARTA_UTARA);
  await Promise.all([feeds.utaraFirst.nth(4), feeds.utaraSecond.nth(4), feeds.selatan.nth(2)]);
  const events = (feed: typeof feeds.selatan) => feed.results.map((result) => result.data?.caseFeed);
  expect(events(feeds.utaraFirst).map((event) => event?.area)).toEqual(Array(4).fill('JAKARTA_UTARA'));
  expect(events(feeds.utaraFirst).map((event) => event?.kind)).toEqual(['REPORT_RECEIVED', 'CASE_OPENED', 'REPORT_RECEIVED', 'CASE_OPENED']);
  expect(events(feeds.utaraSecond)).toEqual(events(feeds.utaraFirst));
  expect(events(feeds.selatan).map((event) => event?.area)).toEqual(['JAKARTA_SELATAN', 'JAKARTA_SELATAN']);

  // One subscriber leaving leaves the execution to the other; the last one leaving ends it.
  feeds.utaraFirst.unsubscribe();
  await waitForOpenSubscriptions(app, 2, 'at most');
  expect(await sharedExecutionCount(app)).toBe(2);
  await submitReport(JakartaArea.JAKARTA_UTARA);
  await feeds.utaraSecond.nth(6);
  expect(feeds.utaraFirst.results).toHaveLength(4);
  feeds.utaraSecond.unsubscribe();
  feeds.selatan.unsubscribe();
  await waitForOpenSubscriptions(app, 0, 'at most');
  expect(await sharedExecutionCount(app)).toBe(0);
});

it('shares a feed with nested records only among one account’s subscriptions, and puts every subscription’s reads on record', async () => {
  const [watcher, colleague] = await Promise.all([
    createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT),
    createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT),
  ]);
  // The watcher on two sockets (two browser tabs), the colleague on one.
  const feeds = [
    subscribe(app.webSocketClient(watcher.token), CaseFeedWithReporterDocument),
    subscribe(app.webSocketClient(watcher.token), CaseFeedWithReporterDocument),
    subscribe(app.webSocketClient(colleague.token), CaseFeedWithReporterDocument),
  ];
  await waitForOpenSubscriptions(app, 3);
  expect(await sharedExecutionCount(app)).toBe(2);

  const description = `Anak dipaksa mengemis di perempatan ${randomUUID()}`;
  await submitReport(JakartaArea.JAKARTA_BARAT, description);
  await Promise.all(feeds.map((feed) => feed.nth(2)));
  for (const feed of feeds) {
    expect(feed.results.map((result) => result.data?.caseFeed.report?.reporterContact)).toEqual(['081234567890', '081234567890']);
  }

  // Each subscription's sight of the reporter's contact is on record under its own request and account.
  const connection = app.orm.em.getConnection();
  const lines = await connection.execute<Array<{ staff_account_id: string; request_id: string; events: string }>>(
    `select staff_account_id, request_id, count(*) as events from audit_entry
      where operation = 'HotlineReport.reporterContact' and subject_ids = array[(select id from hotline_report where description = ?)]
      group by staff_account_id, request_id order by staff_account_id, request_id`,
    [description],
  );
  expect(lines).toHaveLength(3);
  expect(lines.map((line) => Number(line.events))).toEqual([2, 2, 2]);
  expect(lines.filter((line) => line.staff_account_id === watcher.account.id)).toHaveLength(2);
  expect(lines.filter((line) => line.staff_account_id === colleague.account.id)).toHaveLength(1);
  for (const feed of feeds) feed.unsubscribe();
  await waitForOpenSubscriptions(app, 0, 'at most');
  expect(await sharedExecutionCount(app)).toBe(0);
});

it('gives a replay from a position its own execution', async () => {
  const supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_PUSAT);
  const live = subscribe(app.webSocketClient(supervisor.token), CaseFeedOwnFieldsDocument, {});
  await waitForOpenSubscriptions(app, 1);
  await submitReport(JakartaArea.JAKARTA_PUSAT);
  const [first] = await Promise.all([live.nth(1), live.nth(2)]);
  const afterSequence = String(BigInt(first.data?.caseFeed.sequence ?? '0') - 1n);
  // The same account, but a replay: not joined to any execution, and it gets both events again.
  const replay = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, { afterSequence });
  await replay.nth(2);
  expect(replay.results.map((result) => result.data?.caseFeed.sequence)).toEqual(
    live.results.map((result) => result.data?.caseFeed.sequence),
  );
  expect(await sharedExecutionCount(app)).toBe(1);
  live.unsubscribe();
  replay.unsubscribe();
  await waitForOpenSubscriptions(app, 0, 'at most');
});
