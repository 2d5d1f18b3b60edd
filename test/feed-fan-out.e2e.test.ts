import { StaffRole } from '../src/shared/auth/roles';
import { CaseFeedDocument, SubmitHotlineReportDocument } from './operations/generated/graphql';
import { createStaff } from './support/factories';
import { JakartaArea } from './support/registry-factories';
import { subscribe, waitForOpenSubscriptions, type Subscription } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

/** One event, many subscribers: the reads of the event and of what it names are shared, not repeated per subscriber. */
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({}, { logLevel: 'debug' });
});

afterAll(() => app.stop());

it('delivers a new report to 20 subscribers of one access rule with a constant number of reads, not one per subscriber', async () => {
  const supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
  const operator = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  const feeds: Array<Subscription<unknown>> = [];
  for (let socket = 0; socket < 2; socket += 1) {
    const client = app.webSocketClient(supervisor.token);
    for (let feed = 0; feed < 10; feed += 1) feeds.push(subscribe(client, CaseFeedDocument, {}));
  }
  await waitForOpenSubscriptions(app, 20);
  const sqlBefore = app.logs.length;
  await app.request(
    SubmitHotlineReportDocument,
    { input: { channel: 'PHONE_LINE', kind: 'CHILD_AT_RISK', description: 'Anak menangis di rumah kosong sejak pagi', area: JakartaArea.JAKARTA_UTARA } },
    operator.token,
  );
  // The report and its case: two events, each reaching all 20 feeds with the report and the case resolved.
  await Promise.all(feeds.map((feed) => feed.nth(2)));
  for (const feed of feeds) expect(feed.results.map((result) => (result.data as { caseFeed: { kind: string } }).caseFeed.kind).sort()).toEqual(['CASE_OPENED', 'REPORT_RECEIVED']);
  const statements = app.logs.slice(sqlBefore).filter((line) => line.component === 'sql' && line.namespace === 'query').map((line) => String(line.msg));
  const outboxReads = statements.filter((statement) => statement.includes('from "case_event" as "e"'));
  const reportReads = statements.filter((statement) => statement.startsWith('select "h0".* from "hotline_report" as "h0"'));
  // Without sharing: 20 outbox reads per notification and 20 report look-ups per event.
  expect(outboxReads.length).toBeLessThanOrEqual(6);
  expect(reportReads.length).toBeLessThanOrEqual(6);
});
