import { AidGrant } from '../src/aid/aid-grant.entity';
import { LedgerEntry } from '../src/aid/ledger-entry.entity';
import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { StaffRole } from '../src/shared/auth/roles';
import {
  AidGrantDocument,
  AidLedgerDocument,
  AidProgrammesDocument,
  ApproveAidGrantDocument,
  ChildAidGrantsDocument,
  OpenProgrammeYearDocument,
  ProposeAidGrantDocument,
  RecordDisbursementDocument,
  ReinstateAidGrantDocument,
  ReverseLedgerEntryDocument,
  SubmitHotlineReportDocument,
  SuspendAidGrantDocument,
  TerminateAidGrantDocument,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import {
  assignCompanion,
  CareArrangement,
  createChild,
  createInstitution,
  createWorker,
  GuardianRelationship,
  JakartaArea,
  linkGuardian,
  place,
  WorkerKind,
} from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';
import type { Child } from '../src/children/child.entity';
import type { Worker } from '../src/workers/worker.entity';

let app: TestApp;
let supervisor: StaffWithToken;
let secondSupervisor: StaffWithToken;
let socialWorker: StaffWithToken;
let auditor: StaffWithToken;
let admin: StaffWithToken;
let companion: Worker;

beforeAll(async () => {
  app = await createTestApp();
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  secondSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  auditor = await createStaff(app, [StaffRole.AUDITOR], null);
  admin = await createStaff(app, [StaffRole.ADMIN], null);
  companion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
});

afterAll(() => app.stop());

/** A street child with a companion: eligible for PKSA_VULNERABLE, whose second share goes to the companion. */
async function streetChild(): Promise<Child> {
  const child = await createChild(app, { careArrangement: CareArrangement.STREET, area: JakartaArea.JAKARTA_TIMUR });
  await assignCompanion(app, child, companion);
  return child;
}

async function propose(childId: string, programme: string, by = socialWorker, extra: Record<string, string> = {}) {
  return app.request(ProposeAidGrantDocument, { input: { childId, programme: programme as 'PKSA_VULNERABLE', year: 2015, ...extra } }, by.token);
}

/** A PKSA_VULNERABLE 2015 grant, proposed by the social worker and approved by the supervisor. */
async function approvedGrant(child?: Child): Promise<string> {
  const proposed = await propose((child ?? (await streetChild())).id, 'PKSA_VULNERABLE');
  expect(proposed.errors).toBeUndefined();
  const approved = await app.request(ApproveAidGrantDocument, { grantId: proposed.data!.proposeAidGrant.id }, supervisor.token);
  expect(approved.errors).toBeUndefined();
  return approved.data!.approveAidGrant.id;
}

function pay(grantId: string, amount: string, share = 'CHILD', paymentReference = `TRF-${amount}`) {
  return app.request(RecordDisbursementDocument, { input: { grantId, share: share as 'CHILD', amount, paymentReference } }, supervisor.token);
}

async function grantTotals(grantId: string) {
  const result = await app.request(AidGrantDocument, { id: grantId }, supervisor.token);
  expect(result.errors).toBeUndefined();
  return result.data!.aidGrant!;
}

describe('programmes and programme years', () => {
  it('seeds the six programmes with the 2015 amounts as data, and lets an administrator open a new year', async () => {
    const programmes = await app.request(AidProgrammesDocument, {});
    expect(programmes.data?.aidProgrammes.map((programme) => [programme.code, programme.secondShareBeneficiary, programme.years[0]])).toEqual([
      ['ALTERNATIVE_CARE', 'INSTITUTION', { year: 2015, childShareAmount: '1000000', secondShareAmount: '200000' }],
      ['DISABILITY', 'COMPANION', { year: 2015, childShareAmount: '1000000', secondShareAmount: '200000' }],
      ['KINSHIP_CARE', 'GUARDIAN', { year: 2015, childShareAmount: '1000000', secondShareAmount: '200000' }],
      ['NEGLECTED_TODDLER', 'COMPANION', { year: 2015, childShareAmount: '1000000', secondShareAmount: '200000' }],
      ['PKSA_VULNERABLE', 'COMPANION', { year: 2015, childShareAmount: '1000000', secondShareAmount: '200000' }],
      ['SPECIAL_PROTECTION', 'COMPANION', { year: 2015, childShareAmount: '1000000', secondShareAmount: '200000' }],
    ]);
    const open = (token: string, childShareAmount = '1250000') =>
      app.request(OpenProgrammeYearDocument, { programme: 'DISABILITY', year: 2027, childShareAmount, secondShareAmount: '250000' }, token);
    expect((await open(supervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const opened = await open(admin.token);
    expect(opened.data?.openProgrammeYear).toMatchObject({ year: 2027, childShareAmount: '1250000', secondShareAmount: '250000', programme: { code: 'DISABILITY' } });
    expect((await open(admin.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    // Money never passes through a float: a decimal amount is refused before anything runs.
    expect((await open(admin.token, '1250000.5')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('proposals', () => {
  it('refuses a child who does not meet the programme rule, naming the rule', async () => {
    const refusal = async (childId: string, programme: string, extra: Record<string, string> = {}) => (await propose(childId, programme, socialWorker, extra)).errors?.[0];

    const tenYearOld = await createChild(app, { dateOfBirth: '2016-03-01' });
    await assignCompanion(app, tenYearOld, companion);
    expect(await refusal(tenYearOld.id, 'NEGLECTED_TODDLER')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'UNDER_FIVE', field: 'programme' } });
    expect((await refusal(tenYearOld.id, 'NEGLECTED_TODDLER'))?.message).toContain('UNDER_FIVE');
    expect(await refusal(tenYearOld.id, 'ALTERNATIVE_CARE')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'PLACED_IN_INSTITUTION' } });
    expect(await refusal(tenYearOld.id, 'SPECIAL_PROTECTION')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'SPECIAL_PROTECTION_REASON_RECORDED' } });
    expect(await refusal(tenYearOld.id, 'PKSA_VULNERABLE')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'CHILD_AT_RISK' } });
    expect(await refusal(tenYearOld.id, 'DISABILITY')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'HAS_DISABILITY' } });
    await linkGuardian(app, tenYearOld, undefined, GuardianRelationship.PARENT);
    expect(await refusal(tenYearOld.id, 'KINSHIP_CARE')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'RELATIVE_GUARDIAN_IS_CAREGIVER' } });
    const noCompanion = await createChild(app, { dateOfBirth: '2025-01-01' });
    expect(await refusal(noCompanion.id, 'NEGLECTED_TODDLER')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'HAS_COMPANION' } });
    expect(await app.orm.em.fork().count(AidGrant, { child: [tenYearOld.id, noCompanion.id] })).toBe(0);
  });

  it('takes the second-share beneficiary from the registry: institution, relative guardian, companion', async () => {
    const inPanti = await createChild(app);
    const institution = await createInstitution(app, JakartaArea.JAKARTA_TIMUR);
    await place(app, inPanti, institution);
    const alternative = await propose(inPanti.id, 'ALTERNATIVE_CARE');
    expect(alternative.data?.proposeAidGrant).toMatchObject({ status: 'PROPOSED', beneficiaryKind: 'INSTITUTION', beneficiaryId: institution.id });

    const withGrandmother = await createChild(app);
    const grandmother = await linkGuardian(app, withGrandmother, undefined, GuardianRelationship.GRANDPARENT);
    const kinship = await propose(withGrandmother.id, 'KINSHIP_CARE');
    expect(kinship.data?.proposeAidGrant).toMatchObject({ beneficiaryKind: 'GUARDIAN', beneficiaryId: grandmother.guardian.id });

    const toddler = await createChild(app, { dateOfBirth: '2024-02-29' });
    await assignCompanion(app, toddler, companion);
    expect((await propose(toddler.id, 'NEGLECTED_TODDLER')).data?.proposeAidGrant).toMatchObject({ beneficiaryKind: 'COMPANION', beneficiaryId: companion.id });
    const special = await propose(toddler.id, 'SPECIAL_PROTECTION', socialWorker, { specialProtectionReason: 'Saksi dalam proses peradilan' });
    expect(special.data?.proposeAidGrant).toMatchObject({ eligibilityNote: 'Saksi dalam proses peradilan' });
  });

  it('keeps one active grant per child and programme year, in the code and in the database', async () => {
    const child = await streetChild();
    const first = await propose(child.id, 'PKSA_VULNERABLE');
    expect((await propose(child.id, 'PKSA_VULNERABLE')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', grantId: first.data!.proposeAidGrant.id });

    // The partial unique index holds even when the code is bypassed.
    const connection = app.orm.em.getConnection();
    const insertCopy = `insert into aid_grant (id, child_id, programme_year_id, beneficiary_kind, beneficiary_id, status, proposed_by)
      select gen_random_uuid(), child_id, programme_year_id, beneficiary_kind, beneficiary_id, 'APPROVED', proposed_by from aid_grant where id = ?`;
    await expect(connection.execute(insertCopy, [first.data!.proposeAidGrant.id])).rejects.toThrow(/aid_grant_one_active_per_child_and_year/);

    const terminated = await app.request(TerminateAidGrantDocument, { grantId: first.data!.proposeAidGrant.id, detail: 'Diusulkan ganda' }, supervisor.token);
    expect(terminated.data?.terminateAidGrant.status).toBe('TERMINATED');
    expect((await propose(child.id, 'PKSA_VULNERABLE')).errors).toBeUndefined();
  });
});

describe('approval', () => {
  it('refuses the proposer as approver (four-eyes) and records who approved', async () => {
    const child = await streetChild();
    const proposed = await propose(child.id, 'PKSA_VULNERABLE', supervisor);
    const grantId = proposed.data!.proposeAidGrant.id;
    const own = await app.request(ApproveAidGrantDocument, { grantId }, supervisor.token);
    expect(own.errors?.[0]).toMatchObject({ extensions: { code: 'FOUR_EYES_REQUIRED', rule: 'FOUR_EYES' } });
    expect((await grantTotals(grantId)).status).toBe('PROPOSED');

    const approved = await app.request(ApproveAidGrantDocument, { grantId }, secondSupervisor.token);
    expect(approved.data?.approveAidGrant).toMatchObject({ status: 'APPROVED', proposedBy: supervisor.account.id, approvedBy: secondSupervisor.account.id });
    expect((await app.request(ApproveAidGrantDocument, { grantId }, secondSupervisor.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const history = (await grantTotals(grantId)).history;
    expect(history.map((step) => [step.fromStatus, step.toStatus, step.actorId])).toEqual([
      [null, 'PROPOSED', supervisor.account.id],
      ['PROPOSED', 'APPROVED', secondSupervisor.account.id],
    ]);
  });

  it('does not pay a proposed grant', async () => {
    const proposed = await propose((await streetChild()).id, 'PKSA_VULNERABLE');
    expect((await pay(proposed.data!.proposeAidGrant.id, '1000')).errors?.[0].extensions?.code).toBe('GRANT_NOT_PAYABLE');
  });
});

describe('the disbursement ledger', () => {
  it('records payments and a reversing correction, and keeps each share within the programme year amount', async () => {
    const grantId = await approvedGrant();
    const first = await pay(grantId, '600000', 'CHILD', 'TRF-001');
    expect(first.data?.recordDisbursement).toMatchObject({ share: 'CHILD', amount: '600000', reversesEntryId: null, recordedBy: supervisor.account.id });
    expect((await pay(grantId, '200000', 'COMPANION')).errors).toBeUndefined();
    expect(await grantTotals(grantId)).toMatchObject({ status: 'DISBURSED', childShareDisbursed: '600000', secondShareDisbursed: '200000' });

    const tooMuch = await pay(grantId, '400001');
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'ENTITLEMENT_EXCEEDED', share: 'CHILD', limit: '1000000', alreadyPaid: '600000', remaining: '400000' });
    expect((await pay(grantId, '1', 'COMPANION')).errors?.[0].extensions?.code).toBe('ENTITLEMENT_EXCEEDED');
    expect((await pay(grantId, '1', 'INSTITUTION')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'share' });
    expect((await pay(grantId, '-5')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });

    const entryId = first.data!.recordDisbursement.id;
    const reversal = await app.request(ReverseLedgerEntryDocument, { entryId, reason: 'Salah rekening' }, supervisor.token);
    expect(reversal.data?.reverseLedgerEntry).toMatchObject({ share: 'CHILD', amount: '-600000', reversesEntryId: entryId, reason: 'Salah rekening' });
    const again = await app.request(ReverseLedgerEntryDocument, { entryId, reason: 'Lagi' }, supervisor.token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const reverseTheReversal = await app.request(ReverseLedgerEntryDocument, { entryId: reversal.data!.reverseLedgerEntry.id, reason: 'x' }, supervisor.token);
    expect(reverseTheReversal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    expect((await pay(grantId, '1000000', 'CHILD', 'TRF-002')).errors).toBeUndefined();
    const grant = await grantTotals(grantId);
    expect(grant).toMatchObject({ childShareDisbursed: '1000000', secondShareDisbursed: '200000' });
    expect(grant.ledgerEntries.map((entry) => [entry.share, entry.amount, entry.reversesEntryId])).toEqual([
      ['CHILD', '600000', null],
      ['COMPANION', '200000', null],
      ['CHILD', '-600000', entryId],
      ['CHILD', '1000000', null],
    ]);
    const [{ total }] = await app.orm.em.getConnection().execute<Array<{ total: string }>>('select sum(amount)::text as total from ledger_entry where grant_id = ?', [grantId]);
    expect(total).toBe('1200000');
  });

  it('lets only one of two concurrent payments through when together they would exceed the amount', async () => {
    const grantId = await approvedGrant();
    const results = await Promise.all([pay(grantId, '600000', 'CHILD', 'TRF-A'), pay(grantId, '600000', 'CHILD', 'TRF-B')]);
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['ENTITLEMENT_EXCEEDED', 'OK']);
    expect(await app.orm.em.fork().count(LedgerEntry, { grant: grantId })).toBe(1);
  });

  it('is refused UPDATE and DELETE by the database itself', async () => {
    const grantId = await approvedGrant();
    const entryId = (await pay(grantId, '1000')).data!.recordDisbursement.id;
    const connection = app.orm.em.getConnection();
    await expect(connection.execute('update ledger_entry set amount = 999999 where id = ?', [entryId])).rejects.toThrow(/append-only: UPDATE/);
    await expect(connection.execute('delete from ledger_entry where id = ?', [entryId])).rejects.toThrow(/append-only: DELETE/);
    await expect(connection.execute('truncate ledger_entry cascade')).rejects.toThrow(/append-only/);
    const [row] = await connection.execute<Array<{ amount: string }>>('select amount::text as amount from ledger_entry where id = ?', [entryId]);
    expect(row.amount).toBe('1000');
  });

  it('stops payments while a grant is suspended and allows them after reinstatement', async () => {
    const grantId = await approvedGrant();
    const suspended = await app.request(
      SuspendAidGrantDocument,
      { input: { grantId, reason: 'MISUSE_INVESTIGATION', detail: 'Pengaduan penyalahgunaan dana' } },
      supervisor.token,
    );
    expect(suspended.data?.suspendAidGrant).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'MISUSE_INVESTIGATION', suspensionDetail: 'Pengaduan penyalahgunaan dana' });
    expect((await pay(grantId, '1000')).errors?.[0].extensions).toMatchObject({ code: 'GRANT_NOT_PAYABLE', status: 'SUSPENDED' });

    const reinstated = await app.request(ReinstateAidGrantDocument, { grantId, detail: 'Pengaduan tidak terbukti' }, supervisor.token);
    expect(reinstated.data?.reinstateAidGrant).toMatchObject({ status: 'REINSTATED', suspensionReason: null });
    expect((await pay(grantId, '1000')).errors).toBeUndefined();
    const grant = await grantTotals(grantId);
    expect(grant.status).toBe('DISBURSED');
    expect(grant.history.map((step) => [step.toStatus, step.reasonCategory, step.detail])).toEqual([
      ['PROPOSED', null, null],
      ['APPROVED', null, null],
      ['SUSPENDED', 'MISUSE_INVESTIGATION', 'Pengaduan penyalahgunaan dana'],
      ['REINSTATED', 'MISUSE_INVESTIGATION', 'Pengaduan tidak terbukti'],
      ['DISBURSED', null, 'Payment TRF-1000'],
    ]);
  });
});

describe('who sees grants and the ledger', () => {
  it('gives the public no grant and no ledger line, and outsiders NOT_FOUND as if the grant did not exist', async () => {
    const child = await streetChild();
    const grantId = await approvedGrant(child);
    await pay(grantId, '5000');

    const publicRead = await app.request(AidGrantDocument, { id: grantId });
    expect(publicRead.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(publicRead.data?.aidGrant ?? null).toBeNull();
    expect((await app.request(AidLedgerDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.request(ChildAidGrantsDocument, { childId: child.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const elsewhere = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA);
    expect((await app.request(AidGrantDocument, { id: grantId }, elsewhere.token)).data?.aidGrant).toBeNull();
    const missing = await app.request(ApproveAidGrantDocument, { grantId: '00000000-0000-4000-8000-000000000000' }, elsewhere.token);
    const hidden = await app.request(SuspendAidGrantDocument, { input: { grantId, reason: 'SPOT_CHECK', detail: 'x' } }, elsewhere.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message).toBe(`No aid grant with id ${grantId} was found.`);
    expect((await app.request(RecordDisbursementDocument, { input: { grantId, share: 'CHILD', amount: '1', paymentReference: 'x' } }, elsewhere.token)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const paymentId = (await app.request(AidGrantDocument, { id: grantId }, supervisor.token)).data!.aidGrant!.ledgerEntries[0].id;
    const hiddenEntry = await app.request(ReverseLedgerEntryDocument, { entryId: paymentId, reason: 'x' }, elsewhere.token);
    expect(hiddenEntry.errors?.[0]).toMatchObject({ message: `No ledger entry with id ${paymentId} was found.`, extensions: { code: 'NOT_FOUND' } });
    // The child's companion reads the grant through their caseload.
    const ownCompanion = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: companion.id });
    expect((await app.request(AidGrantDocument, { id: grantId }, ownCompanion.token)).data?.aidGrant).toMatchObject({ id: grantId, child: { id: child.id } });
    expect((await app.request(ChildAidGrantsDocument, { childId: child.id }, ownCompanion.token)).data?.childAidGrants.map((row) => row.id)).toEqual([grantId]);
    // Auditors read every grant (the money trail), but not the child behind it.
    const audited = await app.request(AidGrantDocument, { id: grantId }, auditor.token);
    expect(audited.data?.aidGrant).toMatchObject({ id: grantId, child: null, childShareDisbursed: '5000' });
  });

  it("gives auditors the ledger of an institution's grants with the complaints of misused funds naming it", async () => {
    const institution = await createInstitution(app, JakartaArea.JAKARTA_TIMUR);
    const otherInstitution = await createInstitution(app, JakartaArea.JAKARTA_TIMUR);
    const grantIds: string[] = [];
    for (const home of [institution, institution, otherInstitution]) {
      const child = await createChild(app);
      await place(app, child, home);
      const proposed = await propose(child.id, 'ALTERNATIVE_CARE');
      const grantId = proposed.data!.proposeAidGrant.id;
      await app.request(ApproveAidGrantDocument, { grantId }, supervisor.token);
      await pay(grantId, '200000', 'INSTITUTION', `LKSA-${grantIds.length}`);
      grantIds.push(grantId);
    }
    const complaint = await app.request(SubmitHotlineReportDocument, {
      input: { channel: 'WEB', kind: 'FUND_MISUSE', description: 'Dana bantuan anak tidak sampai ke anak-anak di panti ini.', institutionId: institution.id },
    });
    expect(complaint.errors).toBeUndefined();

    const firstPage = await app.request(AidLedgerDocument, { filter: { institutionId: institution.id, year: 2015 }, first: 1 }, auditor.token);
    expect(firstPage.errors).toBeUndefined();
    const view = firstPage.data!.aidLedger;
    expect(view.entries.totalCount).toBe(2);
    expect(view.entries.nodes[0]).toMatchObject({ share: 'INSTITUTION', amount: '200000', grant: { id: grantIds[0], beneficiaryId: institution.id } });
    expect(view.complaints.map((report) => report.kind)).toEqual(['FUND_MISUSE']);
    const secondPage = await app.request(AidLedgerDocument, { filter: { institutionId: institution.id }, first: 1, after: view.entries.pageInfo.endCursor }, auditor.token);
    expect(secondPage.data?.aidLedger.entries.nodes.map((entry) => entry.grant?.id)).toEqual([grantIds[1]]);
    expect(secondPage.data?.aidLedger.entries.pageInfo.hasNextPage).toBe(false);
    expect((await app.request(AidLedgerDocument, {}, supervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stored = await app.orm.em.fork().findOneOrFail(HotlineReport, { institutionId: institution.id });
    expect(stored.kind).toBe('FUND_MISUSE');
  });
});

describe('the CSV export', () => {
  const exportUrl = (year: string) => app.url.replace(/\/graphql$/, `/exports/ledger/${year}.csv`);

  it('gives auditors a year of the ledger as properly quoted CSV, and nobody else', async () => {
    const grantId = await approvedGrant();
    const paid = await pay(grantId, '750000', 'CHILD', 'BRI, "transfer" 7');
    const entryId = paid.data!.recordDisbursement.id;
    const reversal = await app.request(ReverseLedgerEntryDocument, { entryId, reason: '=salah\nrekening' }, supervisor.token);

    const response = await fetch(exportUrl('2015'), { headers: { authorization: `Bearer ${auditor.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await response.text();
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'entry_id,recorded_at,programme,programme_year,grant_id,share,beneficiary_kind,beneficiary_id,amount_idr,payment_reference,reverses_entry_id,reason,recorded_by',
    );
    const payment = lines.find((line) => line.startsWith(entryId));
    expect(payment).toMatch(new RegExp(`^${entryId},\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,PKSA_VULNERABLE,2015,${grantId},CHILD,COMPANION,${companion.id},750000,"BRI, ""transfer"" 7",,,${supervisor.account.id}$`));
    expect(csv).toContain(`,-750000,"REVERSAL BRI, ""transfer"" 7",${entryId},`);
    expect(csv).toContain(`${entryId},"'=salah\nrekening",${supervisor.account.id}\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(reversal.errors).toBeUndefined();

    expect((await fetch(exportUrl('2015'))).status).toBe(401);
    expect((await fetch(exportUrl('2015'), { headers: { authorization: `Bearer ${supervisor.token}` } })).status).toBe(403);
    expect((await fetch(exportUrl('2015'), { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
    expect((await fetch(exportUrl('20x5'), { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(404);
    const empty = await fetch(exportUrl('1999'), { headers: { authorization: `Bearer ${admin.token}` } });
    expect((await empty.text()).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
