import { DETECT_OVERDUE_REPORTS } from '../src/jobs/job-runner';
import { startServer, type RunningServer } from '../src/server';
import { StaffRole } from '../src/shared/auth/roles';
import { ManualClock } from '../src/shared/clock';
import type { Child } from '../src/children/child.entity';
import type { Worker } from '../src/workers/worker.entity';
import {
  AidGrantDocument,
  ApproveAidGrantDocument,
  OverdueReportAlertsDocument,
  ProposeAidGrantDocument,
  RecordDisbursementDocument,
  ReviewProgressReportDocument,
  type OverdueReportAlertsSubscription,
  SaveProgressReportDraftDocument,
  SetProgrammeReportingPeriodDocument,
  SubmitProgressReportDocument,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { runJob } from './support/jobs';
import { assignCompanion, CareArrangement, createChild, createWorker, JakartaArea, PksaProgramme, WorkerKind } from './support/registry-factories';
import { subscribe, waitForOpenSubscriptions, type Subscription } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Overdue accountability reports, detected by the job queue on a clock the test moves: five grace days,
 * level 2 seven days after the due date, level 3 fourteen. The tests queue detection themselves, as the
 * cron would (test apps run no schedule, so it never runs at an instant a test did not choose). Each test
 * reports on a period of its own, all in the past so companions can write them, each earlier than the
 * previous test's: closing it never catches up over another test's months (only the last test closes two
 * months in a row, May and June 2025, where no other test has a child).
 */
const clock = new ManualClock(new Date('2026-01-01T00:00:00+07:00'));
let app: TestApp;
let timurCompanion: Worker;
let baratCompanion: Worker;
let timurSupervisor: StaffWithToken;
let baratSupervisor: StaffWithToken;
let head: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp({ REPORT_GRACE_DAYS: '5', REPORT_ALERT_LEVEL_2_DAYS: '7', REPORT_ALERT_LEVEL_3_DAYS: '14' }, { clock });
  timurCompanion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  baratCompanion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_BARAT);
  timurSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  baratSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT);
  head = await createStaff(app, [StaffRole.SUPERVISOR], null);
});

afterAll(() => app.stop());

/** Sets the clock (Asia/Jakarta time) and runs detection as the cron would. */
async function detectAt(jakartaTime: string, on: Pick<TestApp, 'orm'> = app, runs = 1): Promise<void> {
  clock.set(new Date(`${jakartaTime}+07:00`));
  await runJob(on, DETECT_OVERDUE_REPORTS, runs);
}

async function childOf(companion: Worker, fullName: string, assignedOn: string): Promise<Child> {
  const child = await createChild(app, { fullName, area: companion.area ?? undefined });
  await assignCompanion(app, child, companion, assignedOn);
  return child;
}

async function alertsOf(child: Child): Promise<Array<{ level: number; period_start: string; due_date: string }>> {
  return app.orm.em
    .getConnection()
    .execute('select level, period_start::text, due_date::text from overdue_report_alert where child_id = ? order by level', [child.id]);
}

async function subscribeAlerts(who: StaffWithToken, variables: { afterSequence?: string; minimumLevel?: number } = {}): Promise<Subscription<OverdueReportAlertsSubscription>> {
  const subscription = subscribe(app.webSocketClient(who.token), OverdueReportAlertsDocument, variables);
  return subscription;
}

const complete = {
  developmentScores: [{ domain: 'EMOTIONAL' as const, score: 3 }],
  developmentNarrative: 'Lebih tenang di sekolah.',
  problems: 'Sering terlambat.',
  solutions: 'Jadwal pagi disepakati dengan nenek.',
  needStatuses: [],
  nextSteps: 'Kunjungan rumah bulan depan.',
};

it('closes a period into due dates, raises level 1 live to the area supervisor and escalates to the head, each level once', async () => {
  const dewi = await childOf(timurCompanion, 'Dewi Lestari', '2026-06-15');
  const bayu = await childOf(baratCompanion, 'Bayu Saputra', '2026-06-15');
  const [timur, barat, headFeed] = [await subscribeAlerts(timurSupervisor), await subscribeAlerts(baratSupervisor), await subscribeAlerts(head)];
  await waitForOpenSubscriptions(app, 3);

  // August ends; the report is due on 5 September (five grace days) and nothing is overdue yet.
  await detectAt('2026-09-05T23:59:00');
  const owed = await app.orm.em
    .getConnection()
    .execute('select companion_id, due_date::text, overdue_at, alert_level from owed_report where child_id = ? and period_start = ?', [dewi.id, '2026-08-01']);
  expect(owed).toEqual([{ companion_id: timurCompanion.id, due_date: '2026-09-05', overdue_at: expect.any(String), alert_level: 0 }]);
  expect(new Date(owed[0].overdue_at).toISOString()).toBe(new Date('2026-09-06T00:00:00+07:00').toISOString());
  expect(await alertsOf(dewi)).toEqual([]);

  // Just after midnight in Jakarta it is overdue: level 1 reaches the supervisor of each area, live.
  await detectAt('2026-09-06T00:01:00');
  expect((await timur.nth(1)).data?.overdueReportAlerts).toMatchObject({
    level: 1,
    area: 'JAKARTA_TIMUR',
    periodStart: '2026-08-01',
    dueDate: '2026-09-05',
    aidGrantsSuspended: 0,
    child: { id: dewi.id, fullName: 'Dewi Lestari' },
    companion: { id: timurCompanion.id },
  });
  expect((await barat.nth(1)).data?.overdueReportAlerts).toMatchObject({ level: 1, area: 'JAKARTA_BARAT', child: { id: bayu.id } });

  // Six days later nothing new; at seven, level 2: the area supervisor and now also the head receive it.
  await detectAt('2026-09-12T12:00:00');
  await detectAt('2026-09-13T00:01:00');
  expect((await timur.nth(2)).data?.overdueReportAlerts).toMatchObject({ level: 2, child: { id: dewi.id } });
  const headAlerts = [(await headFeed.nth(1)).data?.overdueReportAlerts, (await headFeed.nth(2)).data?.overdueReportAlerts];
  expect(headAlerts.map((alert) => [alert?.level, alert?.area]).sort()).toEqual([
    [2, 'JAKARTA_BARAT'],
    [2, 'JAKARTA_TIMUR'],
  ]);

  // Running again, even on a later day before level 3, raises nothing twice.
  await detectAt('2026-09-14T08:00:00', app, 3);
  expect(await alertsOf(dewi)).toEqual([
    { level: 1, period_start: '2026-08-01', due_date: '2026-09-05' },
    { level: 2, period_start: '2026-08-01', due_date: '2026-09-05' },
  ]);
  expect(timur.results).toHaveLength(2);
  expect(barat.results.map((result) => result.data?.overdueReportAlerts.child?.id)).toEqual([bayu.id, bayu.id]);
  expect(headFeed.results).toHaveLength(2);
});

it('resumes a dropped subscription after the last alert it received, with nothing missed or repeated', async () => {
  const rini = await childOf(timurCompanion, 'Rini Wulandari', '2026-03-02');
  const live = await subscribeAlerts(timurSupervisor);
  await waitForOpenSubscriptions(app, 1);
  await detectAt('2026-05-06T09:00:00'); // April's report, due 5 May
  const first = (await live.nth(1)).data!.overdueReportAlerts;
  expect(first).toMatchObject({ level: 1, child: { id: rini.id }, periodStart: '2026-04-01' });

  // While the supervisor is away, April escalates to level 2.
  await detectAt('2026-05-13T09:00:00');
  const resumed = await subscribeAlerts(timurSupervisor, { afterSequence: first.sequence });
  const missed = (await resumed.nth(1)).data!.overdueReportAlerts;
  expect(missed).toMatchObject({ level: 2, child: { id: rini.id }, periodStart: '2026-04-01' });
  expect(BigInt(missed.sequence)).toBeGreaterThan(BigInt(first.sequence));
  expect(resumed.results).toHaveLength(1);
});

it('raises nothing for a report submitted on time, and stops escalating once a late one is submitted', async () => {
  const companionAccount = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: timurCompanion.id });
  const onTime = await childOf(timurCompanion, 'Sari Handayani', '2026-01-05');
  const late = await childOf(timurCompanion, 'Joko Prasetyo', '2026-01-05');
  const submit = async (child: Child) => {
    const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: child.id, periodStart: '2026-02-01', content: complete } }, companionAccount.token);
    const submitted = await app.request(SubmitProgressReportDocument, { reportId: draft.data!.saveProgressReportDraft.id, expectedVersion: 1 }, companionAccount.token);
    expect(submitted.data?.submitProgressReport.status).toBe('SUBMITTED');
  };
  await submit(onTime);

  await detectAt('2026-03-06T00:30:00'); // February's reports were due on 5 March
  expect(await alertsOf(onTime)).toEqual([]);
  expect(await alertsOf(late)).toEqual([{ level: 1, period_start: '2026-02-01', due_date: '2026-03-05' }]);

  await submit(late);
  await detectAt('2026-03-30T00:30:00'); // past both thresholds
  expect(await alertsOf(late)).toEqual([{ level: 1, period_start: '2026-02-01', due_date: '2026-03-05' }]);
  const [obligation] = await app.orm.em.getConnection().execute('select fulfilled_at from owed_report where child_id = ?', [late.id]);
  expect(obligation.fulfilled_at).not.toBeNull();
});

it('asks the companion who had the child at the end of the period: a handover moves later reports, not that one', async () => {
  const nanda = await childOf(timurCompanion, 'Nanda Pratama', '2025-11-03');
  await assignCompanion(app, nanda, baratCompanion, '2026-01-01'); // handed over on the first day of January
  await detectAt('2026-01-06T01:00:00'); // December's report: still the first companion's
  const [owed] = await app.orm.em.getConnection().execute('select companion_id from owed_report where child_id = ? and period_start = ?', [nanda.id, '2025-12-01']);
  expect(owed.companion_id).toBe(timurCompanion.id);
  expect(await alertsOf(nanda)).toEqual([{ level: 1, period_start: '2025-12-01', due_date: '2026-01-05' }]);
});

it('refuses the alert feed to anyone but supervisors and administrators', async () => {
  const companionAccount = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: timurCompanion.id });
  const refused = subscribe(app.webSocketClient(companionAccount.token), OverdueReportAlertsDocument, {});
  await refused.ended;
  expect(refused.results.map((result) => result.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN']);
});

it("suspends the child's aid at level 3 and reinstates it when the report is accepted, not when it is returned", async () => {
  const socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  const companionAccount = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: timurCompanion.id });
  // Assigned on 1 October 2025: the first month owed is October, due on 5 November.
  const putri = await createChild(app, { fullName: 'Putri Ramadhani', careArrangement: CareArrangement.STREET, area: JakartaArea.JAKARTA_TIMUR });
  await assignCompanion(app, putri, timurCompanion, '2025-10-01');
  const proposed = await app.request(ProposeAidGrantDocument, { input: { childId: putri.id, programme: 'PKSA_VULNERABLE', year: 2015 } }, socialWorker.token);
  const grantId = proposed.data!.proposeAidGrant.id;
  expect((await app.request(ApproveAidGrantDocument, { grantId }, timurSupervisor.token)).errors).toBeUndefined();
  const grant = async () => (await app.request(AidGrantDocument, { id: grantId }, timurSupervisor.token)).data!.aidGrant!;
  const headFeed = await subscribeAlerts(head, { minimumLevel: 3 });
  await waitForOpenSubscriptions(app, 1);

  await detectAt('2025-11-13T00:05:00'); // levels 1 and 2: the aid still runs
  expect((await alertsOf(putri)).map((alert) => alert.level)).toEqual([1, 2]);
  expect((await grant()).status).toBe('APPROVED');

  await detectAt('2025-11-20T00:05:00'); // fourteen days after the due date: level 3
  expect((await headFeed.nth(1)).data?.overdueReportAlerts).toMatchObject({ level: 3, aidGrantsSuspended: 1, child: { id: putri.id } });
  const suspended = await grant();
  expect(suspended).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'OVERDUE_REPORT' });
  expect(suspended.history.at(-1)).toMatchObject({
    toStatus: 'SUSPENDED',
    reasonCategory: 'OVERDUE_REPORT',
    detail: 'The accountability report for the period from 2025-10-01 was not submitted; it was due on 2025-11-05.',
  });
  const payment = await app.request(RecordDisbursementDocument, { input: { grantId, share: 'CHILD', amount: '1000000', paymentReference: 'TRF-PUTRI-1' } }, timurSupervisor.token);
  expect(payment.errors?.[0].extensions).toMatchObject({ code: 'GRANT_NOT_PAYABLE', status: 'SUSPENDED' });

  // The companion files the report late; returned, the aid stays suspended; accepted, it is reinstated.
  const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: putri.id, periodStart: '2025-10-01', content: complete } }, companionAccount.token);
  const reportId = draft.data!.saveProgressReportDraft.id;
  await app.request(SubmitProgressReportDocument, { reportId, expectedVersion: 1 }, companionAccount.token);
  const review = (version: number, decision: 'ACCEPT' | 'RETURN', reason?: string) =>
    app.request(ReviewProgressReportDocument, { input: { reportId, expectedVersion: version, decision, reason } }, timurSupervisor.token);
  expect((await review(2, 'RETURN', 'Tuliskan kondisi kesehatan anak.')).data?.reviewProgressReport.status).toBe('RETURNED');
  expect((await grant()).status).toBe('SUSPENDED');
  await app.request(SubmitProgressReportDocument, { reportId, expectedVersion: 3 }, companionAccount.token);
  expect((await review(4, 'ACCEPT')).data?.reviewProgressReport.status).toBe('ACCEPTED');
  const reinstated = await grant();
  expect(reinstated.status).toBe('REINSTATED');
  expect(reinstated.history.at(-1)).toMatchObject({ fromStatus: 'SUSPENDED', toStatus: 'REINSTATED', reasonCategory: 'OVERDUE_REPORT', actorId: timurSupervisor.account.id });
  const paid = await app.request(RecordDisbursementDocument, { input: { grantId, share: 'CHILD', amount: '1000000', paymentReference: 'TRF-PUTRI-2' } }, timurSupervisor.token);
  expect(paid.errors).toBeUndefined();
});

describe('with two server instances on one database', () => {
  let second: RunningServer;

  beforeAll(async () => {
    second = await startServer(app.config, { clock });
  });

  afterAll(() => second.stop());

  it('raises each level exactly once, however many detection runs go at the same time', async () => {
    const children = await Promise.all(Array.from({ length: 30 }, (_, index) => childOf(index % 2 ? timurCompanion : baratCompanion, `Anak Kembar ${index}`, '2025-08-01')));
    const adminAccount = await createStaff(app, [StaffRole.ADMIN], null);
    const feed = await subscribeAlerts(adminAccount);
    await waitForOpenSubscriptions(app, 1);

    // September 2025's reports, due 5 October; the clock is past all three thresholds, and eight runs are
    // queued at once for both instances.
    await detectAt('2025-10-20T10:00:00', app, 8);
    const rows = await app.orm.em
      .getConnection()
      .execute<Array<{ child_id: string; level: number }>>("select child_id, level from overdue_report_alert where child_id = any(string_to_array(?, ',')::uuid[])", [children.map((child) => child.id).join(',')]);
    expect(rows).toHaveLength(children.length * 3);
    expect(new Set(rows.map((row) => `${row.child_id}/${row.level}`)).size).toBe(children.length * 3);

    await feed.nth(children.length * 3);
    const received = feed.results.map((result) => result.data!.overdueReportAlerts).filter((alert) => alert.periodStart === '2025-09-01');
    expect(received).toHaveLength(children.length * 3);
    expect(new Set(received.map((alert) => alert.sequence)).size).toBe(children.length * 3);
  });
});

it("owes one report per quarter for a child whose programme reports quarterly, and alerts when the quarter's is missing", async () => {
  const admin = await createStaff(app, [StaffRole.ADMIN], null);
  await app.request(SetProgrammeReportingPeriodDocument, { programme: 'DISABILITY', months: 3 }, admin.token);
  const quarterly = await createChild(app, { fullName: 'Galih Kusuma', area: JakartaArea.JAKARTA_TIMUR, programmes: [PksaProgramme.DISABILITY] });
  const monthly = await createChild(app, { fullName: 'Intan Permata', area: JakartaArea.JAKARTA_TIMUR });
  await assignCompanion(app, quarterly, timurCompanion, '2025-04-01');
  await assignCompanion(app, monthly, timurCompanion, '2025-04-01');
  const owed = async (child: Child) =>
    app.orm.em.getConnection().execute('select period_start::text, period_end::text, due_date::text from owed_report where child_id = ? order by period_start', [child.id]);

  await detectAt('2025-06-06T01:00:00'); // May closes: a month's report for Intan, nothing yet for Galih
  expect(await owed(quarterly)).toEqual([]);
  await detectAt('2025-07-06T01:00:00'); // June closes the second quarter
  expect(await owed(quarterly)).toEqual([{ period_start: '2025-04-01', period_end: '2025-06-30', due_date: '2025-07-05' }]);
  expect((await owed(monthly)).map((row) => row.period_start)).toEqual(['2025-05-01', '2025-06-01']);
  expect(await alertsOf(quarterly)).toEqual([{ level: 1, period_start: '2025-04-01', due_date: '2025-07-05' }]);
});
