import { randomUUID } from 'node:crypto';
import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { ReportStatus } from '../src/hotline/hotline.enums';
import { jakartaDate } from '../src/shared/jakarta-date';
import { StaffRole } from '../src/shared/auth/roles';
import {
  AidLedgerDeepDocument,
  ApproveAidGrantDocument,
  OpenProgrammeYearDocument,
  ProposeAidGrantDocument,
  RecordDisbursementDocument,
  ReverseLedgerEntryDocument,
  SubmitHotlineReportDocument,
  SuspendAidGrantDocument,
  TransparencyDocument,
  type TransparencyQuery,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { assignCompanion, CareArrangement, createChild, createInstitution, createWorker, JakartaArea, place, WorkerKind } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

const YEAR = Number(jakartaDate().slice(0, 4));
let app: TestApp;
let supervisor: StaffWithToken;
let socialWorker: StaffWithToken;
let auditor: StaffWithToken;
const childIds: string[] = [];

async function grant(childId: string, programme: 'PKSA_VULNERABLE' | 'ALTERNATIVE_CARE', by: StaffWithToken): Promise<string> {
  const proposed = await app.request(ProposeAidGrantDocument, { input: { childId, programme, year: YEAR } }, by.token);
  expect(proposed.errors).toBeUndefined();
  const grantId = proposed.data!.proposeAidGrant.id;
  expect((await app.request(ApproveAidGrantDocument, { grantId }, supervisor.token)).errors).toBeUndefined();
  return grantId;
}

async function pay(grantId: string, share: 'CHILD' | 'COMPANION' | 'INSTITUTION', amount: string): Promise<string> {
  const paid = await app.request(RecordDisbursementDocument, { input: { grantId, share, amount, paymentReference: `TRF-${randomUUID().slice(0, 8)}` } }, supervisor.token);
  expect(paid.errors).toBeUndefined();
  return paid.data!.recordDisbursement.id;
}

/**
 * A seeded year: six street children in Jakarta Timur (PKSA_VULNERABLE, child share and companion share
 * paid, one companion payment reversed, one grant suspended for an overdue report) and two children in a
 * panti in Jakarta Pusat (ALTERNATIVE_CARE): a small cell.
 */
beforeAll(async () => {
  app = await createTestApp({}, { logLevel: 'debug' });
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
  socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  const admin = await createStaff(app, [StaffRole.ADMIN], null);
  auditor = await createStaff(app, [StaffRole.AUDITOR], null);
  for (const programme of ['PKSA_VULNERABLE', 'ALTERNATIVE_CARE'] as const) {
    const opened = await app.request(OpenProgrammeYearDocument, { programme, year: YEAR, childShareAmount: '1000000', secondShareAmount: '200000' }, admin.token);
    expect(opened.errors).toBeUndefined();
  }
  const companion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const streetGrants: string[] = [];
  for (let index = 0; index < 6; index += 1) {
    const child = await createChild(app, { careArrangement: CareArrangement.STREET, area: JakartaArea.JAKARTA_TIMUR });
    childIds.push(child.id);
    await assignCompanion(app, child, companion);
    const grantId = await grant(child.id, 'PKSA_VULNERABLE', socialWorker);
    await pay(grantId, 'CHILD', '1000000');
    const companionPayment = await pay(grantId, 'COMPANION', '200000');
    if (index === 0) await app.request(ReverseLedgerEntryDocument, { entryId: companionPayment, reason: 'Dibayar ganda' }, supervisor.token);
    streetGrants.push(grantId);
  }
  await app.request(SuspendAidGrantDocument, { input: { grantId: streetGrants[1], reason: 'OVERDUE_REPORT', detail: 'Laporan terlambat' } }, supervisor.token);
  const panti = await createInstitution(app, JakartaArea.JAKARTA_PUSAT);
  const proposer = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_PUSAT);
  for (let index = 0; index < 2; index += 1) {
    const child = await createChild(app, { area: JakartaArea.JAKARTA_PUSAT });
    childIds.push(child.id);
    await place(app, child, panti);
    const grantId = await grant(child.id, 'ALTERNATIVE_CARE', proposer);
    await pay(grantId, 'CHILD', '1000000');
    await pay(grantId, 'INSTITUTION', '200000');
  }
  for (const description of ['Dana bantuan dipotong oleh pengurus panti.', 'Pendamping meminta bagian dari dana anak.']) {
    expect((await app.request(SubmitHotlineReportDocument, { input: { channel: 'WEB', kind: 'FUND_MISUSE', description } })).errors).toBeUndefined();
  }
  const em = app.orm.em.fork();
  const resolved = await em.findOneOrFail(HotlineReport, { description: 'Pendamping meminta bagian dari dana anak.' });
  resolved.status = ReportStatus.CLOSED;
  await em.flush();
});

afterAll(() => app.stop());

async function transparency(groupBy: 'PROGRAMME' | 'AREA' | 'INSTITUTION'): Promise<{ report: TransparencyQuery['transparency']; statements: string[]; body: string }> {
  const requestId = `transparency-${randomUUID()}`;
  const result = await app.request(TransparencyDocument, { year: YEAR, groupBy }, undefined, { 'x-request-id': requestId });
  expect(result.errors).toBeUndefined();
  return { report: result.data!.transparency, statements: app.statementsOf(requestId), body: JSON.stringify(result.data) };
}

const shown = (value: number | string) => ({ value, suppressed: false, display: String(value) });
const hidden = { value: null, suppressed: true, display: '<5' };

it('shows the public what went where, per programme, equal to the sum of the ledger, with small cells suppressed', async () => {
  const { report, statements, body } = await transparency('PROGRAMME');
  expect(report).toMatchObject({ year: YEAR, groupBy: 'PROGRAMME', complaintsReceived: 2, complaintsResolved: 1 });
  const vulnerable = report.groups.find((group) => group.key === 'PKSA_VULNERABLE')!;
  expect(vulnerable.childrenSupported).toEqual(shown(6));
  // 6 x 1,000,000 + 6 x 200,000 - 200,000 reversed.
  expect(vulnerable.amountDisbursed).toEqual(shown('7000000'));
  expect(vulnerable.suspendedGrants).toEqual([
    { reason: 'OVERDUE_REPORT', grants: hidden },
    { reason: 'MISUSE_INVESTIGATION', grants: shown(0) },
    { reason: 'SPOT_CHECK', grants: shown(0) },
    { reason: 'OTHER', grants: shown(0) },
  ]);
  const alternative = report.groups.find((group) => group.key === 'ALTERNATIVE_CARE')!;
  expect(alternative.childrenSupported).toEqual(hidden);
  expect(alternative.amountDisbursed).toEqual(hidden);

  const [{ total }] = await app.orm.em.getConnection().execute<Array<{ total: string }>>(
    `select sum(le.amount)::text as total from ledger_entry le join aid_grant g on g.id = le.grant_id join programme_year py on py.id = g.programme_year_id
     where py.year = ? and py.programme_code = 'PKSA_VULNERABLE'`,
    [YEAR],
  );
  expect(vulnerable.amountDisbursed.value).toBe(total);
  // Aggregated in SQL: two statements whatever the data size, and nothing that names a child.
  expect(statements).toHaveLength(2);
  for (const childId of childIds) expect(body).not.toContain(childId);
});

it('groups the same money per area and per institution', async () => {
  const byArea = (await transparency('AREA')).report.groups;
  expect(byArea.map((group) => [group.key, group.childrenSupported.display, group.amountDisbursed.display])).toEqual([
    ['JAKARTA_PUSAT', '<5', '<5'],
    ['JAKARTA_TIMUR', '6', '7000000'],
  ]);
  const byInstitution = (await transparency('INSTITUTION')).report.groups;
  expect(byInstitution).toHaveLength(2);
  const noInstitution = byInstitution.find((group) => group.key === null)!;
  expect(noInstitution).toMatchObject({ childrenSupported: shown(6), amountDisbursed: shown('7000000') });
  expect(byInstitution.find((group) => group.key !== null)).toMatchObject({ childrenSupported: hidden, amountDisbursed: hidden });

  const [{ total }] = await app.orm.em.getConnection().execute<Array<{ total: string }>>(
    'select sum(le.amount)::text as total from ledger_entry le join aid_grant g on g.id = le.grant_id join programme_year py on py.id = g.programme_year_id where py.year = ?',
    [YEAR],
  );
  expect(total).toBe('9400000');
});

it('shows an empty year as no groups, and refuses a year out of range', async () => {
  expect((await app.request(TransparencyDocument, { year: 2099, groupBy: 'PROGRAMME' })).data?.transparency.groups).toEqual([]);
  expect((await app.request(TransparencyDocument, { year: 1500, groupBy: 'AREA' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

it('loads the ledger with its nested grants in the same number of statements for 2 lines as for 15', async () => {
  const statementsFor = async (first: number) => {
    const requestId = `ledger-${first}-${randomUUID()}`;
    const result = await app.request(AidLedgerDeepDocument, { filter: { year: YEAR }, first }, auditor.token, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.aidLedger.entries.nodes).toHaveLength(first);
    expect(result.data?.aidLedger.entries.nodes.every((entry) => entry.grant?.programmeYear.year === YEAR && entry.grant.history.length > 0)).toBe(true);
    return app.statementsOf(requestId).length;
  };
  const few = await statementsFor(2);
  expect(await statementsFor(15)).toBe(few);
});
