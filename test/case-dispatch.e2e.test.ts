import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { StaffRole } from '../src/shared/auth/roles';
import {
  AddCaseNoteDocument,
  CaseFeedDocument,
  CaseRecordsDocument,
  ProtectionCaseChildDocument,
  RecordReferralOutcomeDocument,
  SetMyDutyStatusDocument,
  ReferProtectionCaseDocument,
  ChangeProtectionCaseStatusDocument,
  DispatchSocialWorkerDocument,
  HotlineReportStatusDocument,
  ProtectionCaseDocument,
  RecordDispatchProgressDocument,
  SubmitHotlineReportDocument,
  TriageProtectionCaseDocument,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { createChild, createInstitution, createWorker, JakartaArea, WorkerKind } from './support/registry-factories';
import { openSubscriptionCount, subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let hotline: StaffWithToken;
let supervisor: StaffWithToken;
let workerA: StaffWithToken;
let workerB: StaffWithToken;
let baratWorker: StaffWithToken;

beforeAll(async () => {
  // Deadlines in seconds so the test can see one missed; the monitor looks every 200 ms.
  app = await createTestApp({ DISPATCH_ACKNOWLEDGE_SECONDS: '1', DEADLINE_SCAN_INTERVAL_MS: '200' });
  hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  const socialWorker = async (area: JakartaArea) =>
    createStaff(app, [StaffRole.SOCIAL_WORKER], area, { workerId: (await createWorker(app, WorkerKind.SOCIAL_WORKER, area)).id });
  workerA = await socialWorker(JakartaArea.JAKARTA_TIMUR);
  workerB = await socialWorker(JakartaArea.JAKARTA_TIMUR);
  baratWorker = await socialWorker(JakartaArea.JAKARTA_BARAT);
});

afterAll(() => app.stop());

let lastTrackingCode = '';

async function reporterSees(): Promise<string | undefined> {
  return (await app.request(HotlineReportStatusDocument, { trackingCode: lastTrackingCode })).data?.hotlineReportStatus?.status;
}

async function openCase(): Promise<string> {
  const receipt = await app.request(
    SubmitHotlineReportDocument,
    { input: { channel: 'HOTLINE_164', kind: 'CHILD_AT_RISK', description: 'Anak dipukuli ayahnya setiap malam, tetangga mendengar teriakan', area: JakartaArea.JAKARTA_TIMUR } },
    hotline.token,
  );
  lastTrackingCode = receipt.data!.submitHotlineReport.trackingCode;
  const report = await app.orm.em.fork().findOneOrFail(HotlineReport, { trackingCode: lastTrackingCode });
  return report.protectionCaseId as string;
}

it('runs a case from report to closure: triage, dispatch, a missed deadline, progress, reassignment, workflow, timeline', async () => {
  const caseId = await openCase();
  const open = await openSubscriptionCount(app);
  const feed = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, {});
  await waitForOpenSubscriptions(app, open + 1);

  expect(await reporterSees()).toBe('RECEIVED');
  const triaged = await app.request(TriageProtectionCaseDocument, { input: { caseId, expectedVersion: 1, riskLevel: 'HIGH', priority: 'URGENT' } }, hotline.token);
  expect(await reporterSees()).toBe('IN_PROGRESS');
  expect(triaged.data?.triageProtectionCase).toEqual({ version: 2, riskLevel: 'HIGH', priority: 'URGENT' });
  const stale = await app.request(TriageProtectionCaseDocument, { input: { caseId, expectedVersion: 1, riskLevel: 'LOW', priority: 'LOW' } }, hotline.token);
  expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

  const dispatched = await app.request(DispatchSocialWorkerDocument, { caseId, workerId: workerA.account.workerId! }, supervisor.token);
  expect(dispatched.data?.dispatchSocialWorker.status).toBe('DISPATCHED');
  const dispatchA = dispatched.data!.dispatchSocialWorker;
  // HIGH risk: on site within 24 hours.
  expect(new Date(dispatchA.onSiteBy!).getTime() - new Date(dispatchA.acknowledgeBy).getTime()).toBeGreaterThan(23 * 3600_000);

  // Nobody acknowledges within a second: the alert reaches the supervisor's live feed.
  const kinds = async (count: number) => {
    await feed.nth(count, 8000);
    return feed.results.map((result) => result.data?.caseFeed.kind);
  };
  expect(await kinds(3)).toEqual(['TRIAGED', 'DISPATCHED', 'DEADLINE_MISSED']);

  const progress = (who: StaffWithToken, status: string, reason?: string) =>
    app.request(RecordDispatchProgressDocument, { dispatchId: dispatchA.id, status: status as never, reason }, who.token);
  expect((await progress(workerB, 'ACKNOWLEDGED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await progress(workerA, 'ACKNOWLEDGED')).data?.recordDispatchProgress.status).toBe('ACKNOWLEDGED');
  expect((await progress(workerA, 'DISPATCHED')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect((await progress(workerA, 'UNABLE_TO_LOCATE')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  expect((await progress(workerA, 'EN_ROUTE')).data?.recordDispatchProgress.status).toBe('EN_ROUTE');

  // Reassigned to worker B: A's dispatch ends, the history stays.
  const reassigned = await app.request(DispatchSocialWorkerDocument, { caseId, workerId: workerB.account.workerId! }, supervisor.token);
  expect(reassigned.errors).toBeUndefined();
  // B acknowledges at once (well within the one-second deadline), so no second alert is raised.
  const acknowledgedByB = await app.request(RecordDispatchProgressDocument, { dispatchId: reassigned.data!.dispatchSocialWorker.id, status: 'ACKNOWLEDGED' }, workerB.token);
  expect(acknowledgedByB.data?.recordDispatchProgress.acknowledgedAt).toEqual(expect.any(String));
  expect((await progress(workerA, 'ON_SITE')).errors?.[0].extensions?.code).toBe('CONFLICT');

  const move = (status: string, version: number, reason?: string) =>
    app.request(ChangeProtectionCaseStatusDocument, { input: { caseId, expectedVersion: version, status: status as never, reason } }, supervisor.token);
  expect((await move('CASE_PLAN', 2)).errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await move('ASSESSMENT', 2)).data?.changeProtectionCaseStatus).toMatchObject({ status: 'ASSESSMENT', version: 3 });
  expect((await move('CLOSED', 3)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  expect((await move('CLOSED', 3, 'Anak aman bersama neneknya')).data?.changeProtectionCaseStatus).toMatchObject({ status: 'CLOSED', closureReason: 'Anak aman bersama neneknya' });
  expect(await reporterSees()).toBe('CLOSED');
  expect((await move('REOPENED', 4)).data?.changeProtectionCaseStatus).toMatchObject({ status: 'REOPENED', closureReason: null });
  expect(await reporterSees()).toBe('IN_PROGRESS');

  const view = await app.request(ProtectionCaseDocument, { id: caseId }, supervisor.token);
  const protectionCase = view.data?.protectionCase;
  expect(protectionCase?.dispatches.map((dispatch) => [dispatch.worker.id, dispatch.status])).toEqual([
    [workerB.account.workerId, 'ACKNOWLEDGED'],
    [workerA.account.workerId, 'REASSIGNED'],
  ]);
  expect(protectionCase?.timeline.map((entry) => entry.kind)).toEqual([
    'CASE_OPENED', 'TRIAGED', 'DISPATCHED', 'DEADLINE_MISSED', 'DISPATCH_UPDATED', 'DISPATCH_UPDATED', 'DISPATCHED', 'DISPATCH_UPDATED', 'STATUS_CHANGED', 'CLOSED', 'STATUS_CHANGED',
  ]);
  expect(protectionCase?.timeline.find((entry) => entry.kind === 'CLOSED')).toMatchObject({ detail: 'ASSESSMENT -> CLOSED: Anak aman bersama neneknya', actorId: supervisor.account.id });
  const sequences = protectionCase!.timeline.map((entry) => BigInt(entry.sequence));
  expect(sequences.every((sequence, index) => index === 0 || sequence > sequences[index - 1])).toBe(true);
});

it('links the identified child at triage, only a child the triager may see', async () => {
  const caseId = await openCase();
  const child = await createChild(app, { area: JakartaArea.JAKARTA_TIMUR, fullName: 'Rudi Hartono' });
  const unknown = await app.request(TriageProtectionCaseDocument, { input: { caseId, expectedVersion: 1, riskLevel: 'MEDIUM', priority: 'HIGH', childId: '00000000-0000-4000-8000-000000000000' } }, hotline.token);
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const linked = await app.request(TriageProtectionCaseDocument, { input: { caseId, expectedVersion: 1, riskLevel: 'MEDIUM', priority: 'HIGH', childId: child.id } }, hotline.token);
  expect(linked.errors).toBeUndefined();
  const view = await app.request(ProtectionCaseChildDocument, { id: caseId }, supervisor.token);
  expect(view.data?.protectionCase?.child?.fullName).toBe('Rudi Hartono');
});

it('shows a case only to those whose scope covers it', async () => {
  const caseId = await openCase();
  expect((await app.request(ProtectionCaseDocument, { id: caseId }, workerA.token)).data?.protectionCase?.id).toBe(caseId);
  expect(await app.request(ProtectionCaseDocument, { id: caseId }, baratWorker.token)).toEqual({ status: 200, data: { protectionCase: null } });
  // Dispatched there, the Jakarta Barat worker now sees it.
  await app.request(DispatchSocialWorkerDocument, { caseId, workerId: baratWorker.account.workerId! }, hotline.token);
  expect((await app.request(ProtectionCaseDocument, { id: caseId }, baratWorker.token)).data?.protectionCase?.id).toBe(caseId);
});

it('keeps notes and referrals on the case, each on its timeline', async () => {
  const caseId = await openCase();
  const institution = await createInstitution(app, JakartaArea.JAKARTA_TIMUR);
  expect((await app.request(AddCaseNoteDocument, { caseId, text: 'Ibu anak bersedia ditemui besok pagi' }, workerA.token)).data?.addCaseNote).toEqual({
    text: 'Ibu anak bersedia ditemui besok pagi',
    authorId: workerA.account.id,
  });
  const refer = (input: Record<string, string>) => app.request(ReferProtectionCaseDocument, { input: { caseId, reason: 'Perlu tempat aman sementara', ...input } }, supervisor.token);
  expect((await refer({})).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId' });
  const toInstitution = (await refer({ institutionId: institution.id })).data!.referProtectionCase;
  const toService = (await refer({ serviceName: 'Puskesmas Kecamatan Jatinegara' })).data!.referProtectionCase;
  expect(toInstitution).toMatchObject({ status: 'REFERRED', institution: { name: institution.name } });

  const outcome = (referralId: string, status: string, note?: string) =>
    app.request(RecordReferralOutcomeDocument, { referralId, status: status as never, note }, supervisor.token);
  expect((await outcome(toInstitution.id, 'ACCEPTED', 'Ada tempat untuk dua minggu')).data?.recordReferralOutcome).toEqual({ status: 'ACCEPTED', outcomeNote: 'Ada tempat untuk dua minggu' });
  expect((await outcome(toInstitution.id, 'COMPLETED')).data?.recordReferralOutcome.status).toBe('COMPLETED');
  expect((await outcome(toInstitution.id, 'DECLINED')).errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await outcome(toService.id, 'DECLINED')).data?.recordReferralOutcome.status).toBe('DECLINED');

  const records = (await app.request(CaseRecordsDocument, { id: caseId }, supervisor.token)).data?.protectionCase;
  expect(records?.notes.map((note) => note.text)).toEqual(['Ibu anak bersedia ditemui besok pagi']);
  expect(records?.referrals.map((referral) => [referral.status, referral.institution?.name ?? referral.serviceName])).toEqual([
    ['COMPLETED', institution.name],
    ['DECLINED', 'Puskesmas Kecamatan Jatinegara'],
  ]);
  expect(records?.timeline.map((entry) => entry.kind)).toEqual(['CASE_OPENED', 'NOTE_ADDED', 'REFERRED', 'REFERRED', 'REFERRAL_UPDATED', 'REFERRAL_UPDATED', 'REFERRAL_UPDATED']);
  // Reading someone else's case notes is refused like any case outside the scope.
  expect((await app.request(CaseRecordsDocument, { id: caseId }, baratWorker.token)).data?.protectionCase).toBeNull();
});

it('dispatches only social workers who are on duty', async () => {
  const caseId = await openCase();
  const offShift = await app.request(SetMyDutyStatusDocument, { onDuty: false }, workerB.token);
  expect(offShift.data?.setMyDutyStatus).toEqual({ id: workerB.account.workerId, onDuty: false });
  const refused = await app.request(DispatchSocialWorkerDocument, { caseId, workerId: workerB.account.workerId! }, supervisor.token);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'workerId' });
  await app.request(SetMyDutyStatusDocument, { onDuty: true }, workerB.token);
  expect((await app.request(DispatchSocialWorkerDocument, { caseId, workerId: workerB.account.workerId! }, supervisor.token)).errors).toBeUndefined();
  // A supervisor has no worker record to put on or off duty.
  expect((await app.request(SetMyDutyStatusDocument, { onDuty: false }, supervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
