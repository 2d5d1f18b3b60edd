import { todayInJakarta } from '../src/children/child.service';
import { addDays, periodContaining } from '../src/progress-reports/reporting-schedule';
import { StaffRole } from '../src/shared/auth/roles';
import {
  ChildProgressReportsDocument,
  ChildRecentProgressReportsDocument,
  MyReportingObligationsDocument,
  ReportingOverviewDocument,
  ReviewProgressReportDocument,
  SaveProgressReportDraftDocument,
  SetProgrammeReportingPeriodDocument,
  SubmitProgressReportDocument,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { assignCompanion, createChild, createWorker, JakartaArea, PksaProgramme, WorkerKind } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';
import type { Child } from '../src/children/child.entity';
import { Worker } from '../src/workers/worker.entity';

let app: TestApp;
let companionC: StaffWithToken;
let companionD: StaffWithToken;
let supervisor: StaffWithToken;
let baratSupervisor: StaffWithToken;
let xavier: Child;

const thisMonth = periodContaining(todayInJakarta()).periodStart;
const lastMonth = periodContaining(addDays(thisMonth, -1)).periodStart;
const monthBefore = periodContaining(addDays(lastMonth, -1)).periodStart;

const complete = (problems: string) => ({
  developmentScores: [{ domain: 'EMOTIONAL' as const, score: 3 }],
  developmentNarrative: 'Lebih tenang, mulai bermain dengan teman.',
  problems,
  solutions: 'Konseling mingguan dengan pekerja sosial.',
  needStatuses: [{ kind: 'BIRTH_CERTIFICATE' as const, status: 'IN_PROGRESS' as const, note: 'Berkas di Dukcapil' }],
  nextSteps: 'Daftarkan ke SD terdekat.',
});

beforeAll(async () => {
  // No grace days: a period that has ended and has no submission is overdue at once.
  app = await createTestApp({ REPORT_GRACE_DAYS: '0' });
  const workerC = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const workerD = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  companionC = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: workerC.id });
  companionD = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: workerD.id });
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  baratSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT);
  xavier = await createChild(app, { fullName: 'Xaverius Nugroho', area: JakartaArea.JAKARTA_TIMUR });
  await assignCompanion(app, xavier, workerC, monthBefore);
});

afterAll(() => app.stop());

const obligations = async (who: StaffWithToken): Promise<Array<Array<string | undefined>>> =>
  ((await app.request(MyReportingObligationsDocument, { months: 3 }, who.token)).data?.myReportingObligations ?? []).map((entry) => [
    entry.childId,
    String(entry.periodStart),
    entry.state,
  ]);

it('writes, submits, returns, resubmits and accepts a report, keeping every version', async () => {
  expect(await obligations(companionC)).toEqual([
    [xavier.id, monthBefore, 'OVERDUE'],
    [xavier.id, lastMonth, 'OVERDUE'],
    [xavier.id, thisMonth, 'UPCOMING'],
  ]);

  const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: xavier.id, periodStart: lastMonth, content: { ...complete(''), problems: '' } } }, companionC.token);
  expect(draft.data?.saveProgressReportDraft).toMatchObject({ status: 'DRAFT', dueDate: periodContaining(lastMonth).periodEnd });
  const reportId = draft.data!.saveProgressReportDraft.id;
  const incomplete = await app.request(SubmitProgressReportDocument, { reportId, expectedVersion: 1 }, companionC.token);
  expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });

  await app.request(SaveProgressReportDraftDocument, { input: { childId: xavier.id, periodStart: lastMonth, content: complete('Sering bolos sekolah.') } }, companionC.token);
  const submitted = await app.request(SubmitProgressReportDocument, { reportId, expectedVersion: 2 }, companionC.token);
  expect(submitted.data?.submitProgressReport).toMatchObject({ status: 'SUBMITTED', submissions: 1 });
  expect((await obligations(companionC))[1]).toEqual([xavier.id, lastMonth, 'SUBMITTED']);

  const review = (version: number, decision: 'ACCEPT' | 'RETURN', reason?: string, who = supervisor) =>
    app.request(ReviewProgressReportDocument, { input: { reportId, expectedVersion: version, decision, reason } }, who.token);
  expect((await review(3, 'RETURN')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  expect((await review(3, 'ACCEPT', undefined, baratSupervisor)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await review(3, 'RETURN', 'Jelaskan mengapa anak bolos.')).data?.reviewProgressReport).toMatchObject({ status: 'RETURNED', returnReason: 'Jelaskan mengapa anak bolos.' });
  expect((await review(3, 'ACCEPT')).errors?.[0].extensions?.code).toBe('CONFLICT');

  await app.request(SaveProgressReportDraftDocument, { input: { childId: xavier.id, periodStart: lastMonth, content: complete('Bolos karena membantu ibu berjualan.') } }, companionC.token);
  expect((await app.request(SubmitProgressReportDocument, { reportId, expectedVersion: 5 }, companionC.token)).data?.submitProgressReport.submissions).toBe(2);
  expect((await review(6, 'ACCEPT')).data?.reviewProgressReport).toMatchObject({ status: 'ACCEPTED', returnReason: null });

  const history = (await app.request(ChildProgressReportsDocument, { childId: xavier.id }, supervisor.token)).data?.childProgressReports;
  expect(history?.map((report) => [report.periodStart, report.status])).toEqual([[lastMonth, 'ACCEPTED']]);
  expect(history?.[0].revisions.map((revision) => [revision.submission, revision.content.problems])).toEqual([
    [1, 'Sering bolos sekolah.'],
    [2, 'Bolos karena membantu ibu berjualan.'],
  ]);
});

it('keeps a report to its companion and its scope', async () => {
  const refused = await app.request(SaveProgressReportDraftDocument, { input: { childId: xavier.id, periodStart: thisMonth, content: complete('x') } }, companionD.token);
  expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await app.request(ChildProgressReportsDocument, { childId: xavier.id }, companionD.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const future = await app.request(SaveProgressReportDraftDocument, { input: { childId: xavier.id, periodStart: periodContaining(addDays(thisMonth, 40)).periodStart, content: complete('x') } }, companionC.token);
  expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  const notFirstDay = await app.request(SaveProgressReportDraftDocument, { input: { childId: xavier.id, periodStart: addDays(thisMonth, 3), content: complete('x') } }, companionC.token);
  expect(notFirstDay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
});

it('moves the obligations still ahead to the new companion on reassignment, and keeps past ones', async () => {
  const yuni = await createChild(app, { fullName: 'Yuni Astuti', area: JakartaArea.JAKARTA_TIMUR });
  const workerC = companionC.account.workerId!;
  const workerD = companionD.account.workerId!;
  const em = app.orm.em.fork();
  await assignCompanion(app, yuni, await em.findOneOrFail(Worker, workerC), lastMonth);
  await assignCompanion(app, yuni, await em.findOneOrFail(Worker, workerD), addDays(thisMonth, 0));
  const ofYuni = (entries: Array<Array<string | undefined>>) => entries.filter((entry) => entry[0] === yuni.id).map((entry) => [entry[1], entry[2]]);
  expect(ofYuni(await obligations(companionC))).toEqual([[lastMonth, 'OVERDUE']]);
  expect(ofYuni(await obligations(companionD))).toEqual([[thisMonth, 'UPCOMING']]);
  // C still files the report owed for last month, though Yuni is now in D's caseload; this month's is D's.
  const late = await app.request(SaveProgressReportDraftDocument, { input: { childId: yuni.id, periodStart: lastMonth, content: complete('Pindah rumah.') } }, companionC.token);
  expect(late.errors).toBeUndefined();
  expect((await app.request(SubmitProgressReportDocument, { reportId: late.data!.saveProgressReportDraft.id, expectedVersion: 1 }, companionC.token)).data?.submitProgressReport.status).toBe('SUBMITTED');
  const notC = await app.request(SaveProgressReportDraftDocument, { input: { childId: yuni.id, periodStart: thisMonth, content: complete('x') } }, companionC.token);
  expect(notC.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await app.request(SaveProgressReportDraftDocument, { input: { childId: yuni.id, periodStart: thisMonth, content: complete('x') } }, companionD.token)).errors).toBeUndefined();
});

it("gives supervisors each companion's record: caseload, reports on time, late and missing", async () => {
  // By now: C owes Xaverius the month before last (missing) and last month (submitted today, after its due
  // date: late), and Yuni last month (late); D has Yuni's running month, not yet due.
  const overview = await app.request(ReportingOverviewDocument, { months: 3 }, supervisor.token);
  const byCompanion = Object.fromEntries((overview.data?.reportingOverview ?? []).map(({ companion, ...figures }) => [companion.id, figures]));
  expect(byCompanion[companionC.account.workerId!]).toEqual({ children: 1, onTime: 0, late: 2, missing: 1 });
  expect(byCompanion[companionD.account.workerId!]).toEqual({ children: 1, onTime: 0, late: 0, missing: 0 });
  expect((await app.request(ReportingOverviewDocument, { months: 3 }, baratSupervisor.token)).data?.reportingOverview).toEqual([]);
  expect((await app.request(ReportingOverviewDocument, { months: 3, area: 'JAKARTA_TIMUR' }, baratSupervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it("reports as often as the child's programme says: quarterly for a programme an administrator set to three months", async () => {
  const admin = await createStaff(app, [StaffRole.ADMIN], null);
  const setQuarterly = (who: StaffWithToken, months: number) => app.request(SetProgrammeReportingPeriodDocument, { programme: 'DISABILITY', months }, who.token);
  expect((await setQuarterly(supervisor, 3)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await setQuarterly(admin, 5)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  expect((await setQuarterly(admin, 3)).data?.setProgrammeReportingPeriod).toEqual({ code: 'DISABILITY', reportingPeriodMonths: 3 });

  const thisQuarter = periodContaining(todayInJakarta(), 3);
  const lastQuarter = periodContaining(addDays(thisQuarter.periodStart, -1), 3);
  const workerE = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const companionE = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: workerE.id });
  const wulan = await createChild(app, { fullName: 'Wulan Sari', area: JakartaArea.JAKARTA_TIMUR, programmes: [PksaProgramme.DISABILITY] });
  await assignCompanion(app, wulan, workerE, lastQuarter.periodStart);

  const owed = (await app.request(MyReportingObligationsDocument, { months: 6 }, companionE.token)).data?.myReportingObligations ?? [];
  expect(owed.map((entry) => [String(entry.periodStart), String(entry.periodEnd), entry.state])).toEqual([
    [lastQuarter.periodStart, lastQuarter.periodEnd, 'OVERDUE'],
    [thisQuarter.periodStart, thisQuarter.periodEnd, 'UPCOMING'],
  ]);
  const midQuarter = addDays(lastQuarter.periodEnd, -40).slice(0, 8) + '01';
  const refused = await app.request(SaveProgressReportDraftDocument, { input: { childId: wulan.id, periodStart: midQuarter, content: complete('x') } }, companionE.token);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: wulan.id, periodStart: lastQuarter.periodStart, content: complete('Terapi wicara.') } }, companionE.token);
  expect(draft.data?.saveProgressReportDraft).toMatchObject({ periodEnd: lastQuarter.periodEnd, dueDate: lastQuarter.periodEnd });
});

it("shows a child's latest reports on the profile, newest first, as many as asked", async () => {
  const zaki = await createChild(app, { fullName: 'Zaki Ramadhan', area: JakartaArea.JAKARTA_TIMUR });
  const worker = await app.orm.em.fork().findOneOrFail(Worker, companionC.account.workerId!);
  await assignCompanion(app, zaki, worker, monthBefore);
  for (const periodStart of [monthBefore, thisMonth, lastMonth]) {
    await app.request(SaveProgressReportDraftDocument, { input: { childId: zaki.id, periodStart, content: complete('x') } }, companionC.token);
  }
  const recent = await app.request(ChildRecentProgressReportsDocument, { childId: zaki.id, last: 2 }, supervisor.token);
  expect(recent.data?.child?.recentProgressReports.map((report) => String(report.periodStart))).toEqual([thisMonth, lastMonth]);
  const tooMany = await app.request(ChildRecentProgressReportsDocument, { childId: zaki.id, last: 25 }, supervisor.token);
  expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
});
