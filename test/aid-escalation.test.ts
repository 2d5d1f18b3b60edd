import type { EntityManager } from '@mikro-orm/postgresql';
import { reinstateChildAidGrants, suspendChildAidGrants } from '../src/aid';
import { AidGrantTransition } from '../src/aid/aid-grant.entity';
import { StaffRole } from '../src/shared/auth/roles';
import { AidGrantDocument, ApproveAidGrantDocument, ProposeAidGrantDocument, RecordDisbursementDocument, SuspendAidGrantDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { assignCompanion, CareArrangement, createChild, createWorker, JakartaArea, WorkerKind } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The two functions the progress-report overdue escalation calls inside its own transaction, called here
 * directly over a real database connection, as it will.
 */
let app: TestApp;
let socialWorker: StaffWithToken;
let supervisor: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp();
  socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
});

afterAll(() => app.stop());

async function grant(childId: string, programme: 'PKSA_VULNERABLE' | 'SPECIAL_PROTECTION' | 'NEGLECTED_TODDLER', approve = true): Promise<string> {
  const proposed = await app.request(
    ProposeAidGrantDocument,
    { input: { childId, programme, year: 2015, ...(programme === 'SPECIAL_PROTECTION' ? { specialProtectionReason: 'Korban konflik' } : {}) } },
    socialWorker.token,
  );
  expect(proposed.errors).toBeUndefined();
  const grantId = proposed.data!.proposeAidGrant.id;
  if (approve) expect((await app.request(ApproveAidGrantDocument, { grantId }, supervisor.token)).errors).toBeUndefined();
  return grantId;
}

async function statusOf(grantId: string): Promise<string> {
  return (await app.request(AidGrantDocument, { id: grantId }, supervisor.token)).data!.aidGrant!.status;
}

it('suspends the paying grants of a child for an overdue report and reinstates only those', async () => {
  const companion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const child = await createChild(app, { careArrangement: CareArrangement.STREET, dateOfBirth: '2023-05-01' });
  await assignCompanion(app, child, companion);
  const paid = await grant(child.id, 'PKSA_VULNERABLE');
  await app.request(RecordDisbursementDocument, { input: { grantId: paid, share: 'CHILD', amount: '100000', paymentReference: 'TRF-1' } }, supervisor.token);
  const underInvestigation = await grant(child.id, 'SPECIAL_PROTECTION');
  await app.request(SuspendAidGrantDocument, { input: { grantId: underInvestigation, reason: 'MISUSE_INVESTIGATION', detail: 'Pengaduan' } }, supervisor.token);
  const proposedOnly = await grant(child.id, 'NEGLECTED_TODDLER', false);
  const otherChild = await createChild(app, { careArrangement: CareArrangement.STREET });
  await assignCompanion(app, otherChild, companion);
  const otherChildsGrant = await grant(otherChild.id, 'PKSA_VULNERABLE');

  const suspended = await app.orm.em.fork().transactional((em) =>
    suspendChildAidGrants(em as EntityManager, child.id, 'OVERDUE_REPORT', 'Laporan Oktober 2026 terlambat', null),
  );
  expect(suspended.map((grantRow) => [grantRow.id, grantRow.status, grantRow.suspensionReason])).toEqual([[paid, 'SUSPENDED', 'OVERDUE_REPORT']]);
  expect(await statusOf(paid)).toBe('SUSPENDED');
  expect(await statusOf(underInvestigation)).toBe('SUSPENDED');
  expect(await statusOf(proposedOnly)).toBe('PROPOSED');
  expect(await statusOf(otherChildsGrant)).toBe('APPROVED');
  const payment = await app.request(RecordDisbursementDocument, { input: { grantId: paid, share: 'CHILD', amount: '1', paymentReference: 'TRF-2' } }, supervisor.token);
  expect(payment.errors?.[0].extensions?.code).toBe('GRANT_NOT_PAYABLE');

  // A rolled-back escalation leaves nothing behind: the functions write only in the caller's transaction.
  await expect(
    app.orm.em.fork().transactional(async (em) => {
      await reinstateChildAidGrants(em as EntityManager, child.id, 'OVERDUE_REPORT', supervisor.account.id);
      throw new Error('escalation failed later');
    }),
  ).rejects.toThrow('escalation failed later');
  expect(await statusOf(paid)).toBe('SUSPENDED');

  const reinstated = await app.orm.em.fork().transactional((em) => reinstateChildAidGrants(em as EntityManager, child.id, 'OVERDUE_REPORT', supervisor.account.id));
  expect(reinstated.map((grantRow) => [grantRow.id, grantRow.status])).toEqual([[paid, 'REINSTATED']]);
  expect(await statusOf(underInvestigation)).toBe('SUSPENDED');
  const history = await app.orm.em.fork().find(AidGrantTransition, { grant: paid }, { orderBy: { createdAt: 'asc' } });
  expect(history.map((step) => [step.fromStatus, step.toStatus, step.reasonCategory, step.detail, step.actorId])).toEqual([
    [null, 'PROPOSED', null, null, socialWorker.account.id],
    ['PROPOSED', 'APPROVED', null, null, supervisor.account.id],
    ['APPROVED', 'DISBURSED', null, 'Payment TRF-1', supervisor.account.id],
    ['DISBURSED', 'SUSPENDED', 'OVERDUE_REPORT', 'Laporan Oktober 2026 terlambat', null],
    ['SUSPENDED', 'REINSTATED', 'OVERDUE_REPORT', 'The overdue report was filed.', supervisor.account.id],
  ]);
  const again = await app.orm.em.fork().transactional((em) => reinstateChildAidGrants(em as EntityManager, child.id, 'OVERDUE_REPORT', null));
  expect(again).toEqual([]);
});
