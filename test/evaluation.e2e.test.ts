import { ChildCareService } from '../src/children/child-care.service';
import { ChildNeedKind, ChildNeedStatus } from '../src/children/child-needs.entities';
import { todayInJakarta } from '../src/children/child.service';
import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { addDays, periodContaining } from '../src/progress-reports/reporting-schedule';
import { StaffRole } from '../src/shared/auth/roles';
import {
  ChangeProtectionCaseStatusDocument,
  DispatchSocialWorkerDocument,
  EvaluationDocument,
  RecordDispatchProgressDocument,
  SaveProgressReportDraftDocument,
  SubmitProgressReportDocument,
  SubmitHotlineReportDocument,
} from './operations/generated/graphql';
import { createStaff, systemContext, type StaffWithToken } from './support/factories';
import { runJob } from './support/jobs';
import { assignCompanion, createChild, createInstitution, createWorker, JakartaArea, place, WorkerKind } from './support/registry-factories';
import { DETECT_OVERDUE_REPORTS } from '../src/jobs/job-runner';
import type { Institution } from '../src/institutions/institution.entity';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let supervisor: StaffWithToken;
let hotline: StaffWithToken;
let auditor: StaffWithToken;
let institution: Institution;
let companionId: string;
let companionName: string;
const today = todayInJakarta();
const lastMonth = periodContaining(addDays(periodContaining(today).periodStart, -1)).periodStart;

async function openCase(area: JakartaArea): Promise<string> {
  const receipt = await app.request(
    SubmitHotlineReportDocument,
    { input: { channel: 'PHONE_LINE', kind: 'CHILD_AT_RISK', description: 'Anak ditinggal sendirian berhari-hari tanpa makanan', area } },
    hotline.token,
  );
  return (await app.orm.em.fork().findOneOrFail(HotlineReport, { trackingCode: receipt.data!.submitHotlineReport.trackingCode })).protectionCaseId as string;
}

beforeAll(async () => {
  app = await createTestApp({ REPORT_GRACE_DAYS: '0' });
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  auditor = await createStaff(app, [StaffRole.AUDITOR], null);

  // Two cases in Jakarta Timur (one dispatched and acknowledged, one closed) and one in Jakarta Barat.
  const worker = await createWorker(app, WorkerKind.SOCIAL_WORKER, JakartaArea.JAKARTA_TIMUR);
  const socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR, { workerId: worker.id });
  const dispatchedCase = await openCase(JakartaArea.JAKARTA_TIMUR);
  const closedCase = await openCase(JakartaArea.JAKARTA_TIMUR);
  await openCase(JakartaArea.JAKARTA_BARAT);
  const dispatch = await app.request(DispatchSocialWorkerDocument, { caseId: dispatchedCase, workerId: worker.id }, supervisor.token);
  await app.request(RecordDispatchProgressDocument, { dispatchId: dispatch.data!.dispatchSocialWorker.id, status: 'ACKNOWLEDGED' }, socialWorker.token);
  await app.request(ChangeProtectionCaseStatusDocument, { input: { caseId: closedCase, expectedVersion: 1, status: 'CLOSED', reason: 'Laporan tidak terbukti' } }, supervisor.token);

  // Needs met in Jakarta Timur, and one late accountability report on last month.
  const child = await createChild(app, { area: JakartaArea.JAKARTA_TIMUR });
  const care = new ChildCareService(systemContext(app));
  await care.recordNeed({ childId: child.id, kind: ChildNeedKind.BIRTH_CERTIFICATE, status: ChildNeedStatus.MET, evidenceNote: 'Akta no. 3175-LT-01012026-0001' });
  await care.recordNeed({ childId: child.id, kind: ChildNeedKind.EDUCATION, status: ChildNeedStatus.MET });
  await care.recordNeed({ childId: child.id, kind: ChildNeedKind.NUTRITION, status: ChildNeedStatus.IN_PROGRESS });
  const companionWorker = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const companion = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: companionWorker.id });
  await assignCompanion(app, child, companionWorker, lastMonth);
  const content = {
    developmentScores: [{ domain: 'HEALTH' as const, score: 3 }],
    developmentNarrative: 'Sehat.',
    problems: 'Tidak ada.',
    solutions: 'Tetap dipantau.',
    needStatuses: [],
    nextSteps: 'Kunjungan bulan depan.',
  };
  const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: child.id, periodStart: lastMonth, content } }, companion.token);
  await app.request(SubmitProgressReportDocument, { reportId: draft.data!.saveProgressReportDraft.id, expectedVersion: 1 }, companion.token);

  // A second child of the same companion, placed in an LKSA, with no report at all: once overdue detection
  // has closed last month, that report is missing.
  const placedChild = await createChild(app, { area: JakartaArea.JAKARTA_TIMUR });
  institution = await createInstitution(app, JakartaArea.JAKARTA_TIMUR);
  await place(app, placedChild, institution, lastMonth);
  await assignCompanion(app, placedChild, companionWorker, lastMonth);
  companionId = companionWorker.id;
  companionName = companionWorker.fullName;
  await runJob(app, DETECT_OVERDUE_REPORTS);
});

afterAll(() => app.stop());

const period = { from: lastMonth, to: today };

it("gives a supervisor their area's figures for the period", async () => {
  const result = await app.request(EvaluationDocument, { period }, supervisor.token);
  expect(result.errors).toBeUndefined();
  const figures = result.data!.evaluation;
  expect(figures).toMatchObject({
    area: 'JAKARTA_TIMUR',
    casesOpened: 2,
    casesClosed: 1,
    reports: { onTime: 0, late: 1, draftsOverdue: 0 },
    birthCertificatesObtained: 1,
    childrenEnrolled: 1,
    nutritionImproved: 0,
  });
  expect(figures.reportsByCompanion).toEqual([{ id: companionId, name: companionName, onTime: 0, late: 1, missing: 1 }]);
  expect(figures.reportsByInstitution).toEqual([{ id: institution.id, name: institution.name, onTime: 0, late: 0, missing: 1 }]);
  expect(figures.dispatchResponse).toMatchObject({ dispatches: 1, acknowledged: 1, shareAcknowledgedInTime: 1 });
  expect(figures.dispatchResponse.medianMinutesToAcknowledge).toBeGreaterThanOrEqual(0);
  expect(figures.dispatchResponse.medianMinutesToAcknowledge).toBeLessThan(5);
});

it('gives auditors all of DKI Jakarta, and keeps supervisors and others to their scope', async () => {
  expect((await app.request(EvaluationDocument, { period }, auditor.token)).data?.evaluation).toMatchObject({ area: null, casesOpened: 3 });
  expect((await app.request(EvaluationDocument, { period, area: JakartaArea.JAKARTA_BARAT }, auditor.token)).data?.evaluation.casesOpened).toBe(1);
  expect((await app.request(EvaluationDocument, { period, area: JakartaArea.JAKARTA_BARAT }, supervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const companion = await createStaff(app, [StaffRole.COMPANION]);
  expect((await app.request(EvaluationDocument, { period }, companion.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await app.request(EvaluationDocument, { period: { from: today, to: lastMonth } }, auditor.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});
