import { StaffRole } from '../src/shared/auth/roles';
import type { Child } from '../src/children/child.entity';
import { AuditLogDocument, AuditLogPageDocument, ChildAccessLogDocument, ChildFieldsAsAskedDocument, ChildrenOfCompanionForAuditDocument, ChildWithGuardianPhonesDocument, ChildWithNikDocument, RecordNeedForAuditDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { createChild, createWorker, JakartaArea, WorkerKind, assignCompanion, linkGuardian } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/** The audit log: every change and every read of a child's profile, on record, and nobody can rewrite it. */
let app: TestApp;
let supervisor: StaffWithToken;
let companion: StaffWithToken;
let auditor: StaffWithToken;
let rina: Child;

beforeAll(async () => {
  app = await createTestApp();
  const worker = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  companion = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: worker.id });
  auditor = await createStaff(app, [StaffRole.AUDITOR], null);
  rina = await createChild(app, { fullName: 'Rina Marlina', area: JakartaArea.JAKARTA_TIMUR, nik: '3175064512150001', dateOfBirth: '2015-12-05' });
  await assignCompanion(app, rina, worker);
});

afterAll(() => app.stop());

const accessLog = async (child: Child) => {
  const result = await app.request(ChildAccessLogDocument, { childId: child.id, first: 50 }, auditor.token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.childAccessLog.nodes;
};

it('records a change in the same transaction as the change, with who, why and the request', async () => {
  const recorded = await app.request(
    RecordNeedForAuditDocument,
    { input: { childId: rina.id, kind: 'BIRTH_CERTIFICATE', status: 'IN_PROGRESS' } },
    companion.token,
    { 'x-request-id': 'audit-change-1', 'x-access-purpose': 'Kunjungan rumah bulanan' },
  );
  expect(recorded.errors).toBeUndefined();
  const [line] = (await accessLog(rina)).filter((entry) => entry.requestId === 'audit-change-1');
  expect(line).toMatchObject({
    action: 'CHANGE',
    operation: 'Mutation.recordChildNeed',
    actorKind: 'STAFF',
    staffAccountId: companion.account.id,
    roles: ['COMPANION'],
    subjectType: 'Child',
    subjectId: rina.id,
    purpose: 'Kunjungan rumah bulanan',
    outcome: 'OK',
  });
  // The need and its audit line were inserted by one and the same transaction (PostgreSQL's xmin).
  const [{ same }] = await app.orm.em
    .getConnection()
    .execute<Array<{ same: boolean }>>(
      'select (select xmin::text from child_need where id = ?) = (select xmin::text from audit_entry where request_id = ?) as same',
      [recorded.data!.recordChildNeed.id, 'audit-change-1'],
    );
  expect(same).toBe(true);
});

it('records refused and failed changes with their code, and nothing else changes', async () => {
  const before = await app.orm.em.getConnection().execute<Array<{ count: string }>>('select count(*) from child_need where child_id = ?', [rina.id]);
  const refused = await app.request(RecordNeedForAuditDocument, { input: { childId: rina.id, kind: 'NUTRITION' } }, auditor.token, { 'x-request-id': 'audit-refused-1' });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const invalid = await app.request(RecordNeedForAuditDocument, { input: { childId: rina.id, kind: 'NUTRITION', description: 'x'.repeat(5000) } }, companion.token, { 'x-request-id': 'audit-invalid-1' });
  expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const after = await app.orm.em.getConnection().execute<Array<{ count: string }>>('select count(*) from child_need where child_id = ?', [rina.id]);
  expect(after).toEqual(before);
  const lines = await accessLog(rina);
  expect(lines.find((entry) => entry.requestId === 'audit-refused-1')).toMatchObject({ operation: 'Mutation.recordChildNeed', staffAccountId: auditor.account.id, outcome: 'FORBIDDEN' });
  expect(lines.find((entry) => entry.requestId === 'audit-invalid-1')).toMatchObject({ staffAccountId: companion.account.id, outcome: 'BAD_USER_INPUT' });
  expect(lines.filter((entry) => ['audit-refused-1', 'audit-invalid-1'].includes(entry.requestId) && entry.outcome === 'OK')).toEqual([]);
});

it('records who read a child, which fields (the NIK among them), and why, in one line per child and request', async () => {
  const read = await app.request(ChildWithNikDocument, { id: rina.id }, supervisor.token, { 'x-request-id': 'audit-read-1', 'x-access-purpose': 'Verifikasi bantuan PKSA' });
  expect(read.data?.child?.nik).toBe('3175064512150001');
  const lines = (await accessLog(rina)).filter((entry) => entry.requestId === 'audit-read-1');
  expect(lines).toEqual([
    expect.objectContaining({
      action: 'READ',
      operation: 'Child',
      staffAccountId: supervisor.account.id,
      subjectId: rina.id,
      fields: ['fullName', 'id', 'nik'],
      purpose: 'Verifikasi bantuan PKSA',
    }),
  ]);
  // A child out of the caller's reach was not read, so it is not on record as read.
  const outsider = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT);
  expect((await app.request(ChildWithNikDocument, { id: rina.id }, outsider.token, { 'x-request-id': 'audit-read-2' })).data?.child).toBeNull();
  expect((await accessLog(rina)).filter((entry) => entry.requestId === 'audit-read-2')).toEqual([]);
});

it('records the parts of a child read through its resolvers, and a guardian\'s phone as a read of that guardian', async () => {
  const link = await linkGuardian(app, rina);
  const read = await app.request(ChildWithGuardianPhonesDocument, { id: rina.id }, supervisor.token, { 'x-request-id': 'audit-read-parts-1' });
  expect(read.data?.child?.guardians.map((entry) => entry.guardian.phone)).toEqual(['+62 812 0000 0000']);
  expect(read.data?.child?.currentCompanion).not.toBeNull();
  const childLines = (await accessLog(rina)).filter((entry) => entry.requestId === 'audit-read-parts-1');
  expect(childLines).toEqual([expect.objectContaining({ operation: 'Child', subjectId: rina.id, fields: ['currentCompanion', 'guardians', 'id'] })]);
  const phoneReads = await app.request(AuditLogDocument, { staffAccountId: supervisor.account.id, operation: 'Guardian.phone', first: 50 }, auditor.token);
  expect(phoneReads.data?.auditLog.nodes.filter((entry) => entry.requestId === 'audit-read-parts-1')).toEqual([
    expect.objectContaining({ action: 'READ', operation: 'Guardian.phone', subjectId: link.guardian.id, outcome: 'OK' }),
  ]);
});

it('records the fields asked of each child where it was returned, as @include and @skip leave them, through nested paths too', async () => {
  const sibling = await createChild(app, { fullName: 'Sari Marlina', area: JakartaArea.JAKARTA_TIMUR });
  const link = await linkGuardian(app, rina);
  await linkGuardian(app, sibling, link.guardian.id);
  const fieldsRead = async (requestId: string, child: Child) => (await accessLog(child)).filter((entry) => entry.requestId === requestId).map((entry) => entry.fields);

  const asked = await app.request(ChildFieldsAsAskedDocument, { id: rina.id, withNik: false, withoutName: true }, supervisor.token, { 'x-request-id': 'audit-asked-1' });
  expect(asked.errors).toBeUndefined();
  expect(asked.data?.child).not.toHaveProperty('nik');
  expect(asked.data?.child).not.toHaveProperty('fullName');
  // Not the NIK nor the name; the date of birth, asked of the guardian's children, among whom rina is too.
  expect(await fieldsRead('audit-asked-1', rina)).toEqual([['dateOfBirth', 'guardians', 'id']]);
  // The sibling, reached only through the guardian, with what was asked of it there.
  expect(await fieldsRead('audit-asked-1', sibling)).toEqual([['dateOfBirth', 'id']]);

  const all = await app.request(ChildFieldsAsAskedDocument, { id: rina.id, withNik: true, withoutName: false }, supervisor.token, { 'x-request-id': 'audit-asked-2' });
  expect(all.data?.child).toMatchObject({ nik: '3175064512150001', fullName: 'Rina Marlina' });
  expect(await fieldsRead('audit-asked-2', rina)).toEqual([['dateOfBirth', 'fullName', 'guardians', 'id', 'nik']]);
});

it('keeps a list read as one entry and answers it as a line per child, in the order read, a page at a time', async () => {
  const worker = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const reader = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  for (const fullName of ['Ayu Lestari', 'Bima Saputra', 'Citra Dewi']) await assignCompanion(app, await createChild(app, { fullName, area: JakartaArea.JAKARTA_TIMUR }), worker);
  const list = await app.request(ChildrenOfCompanionForAuditDocument, { companionId: worker.id }, reader.token, { 'x-request-id': 'audit-list-1' });
  const shown = list.data!.children.nodes.map((child) => child.id);
  expect(shown).toHaveLength(3);
  const [{ entries }] = await app.orm.em.getConnection().execute<Array<{ entries: string }>>("select count(*) as entries from audit_entry where request_id = 'audit-list-1'");
  expect(Number(entries)).toBe(1);

  // Two lines, then the third: every child once, in the order the list showed them, under one position.
  const first = await app.request(AuditLogPageDocument, { staffAccountId: reader.account.id, first: 2 }, auditor.token);
  const second = await app.request(AuditLogPageDocument, { staffAccountId: reader.account.id, first: 2, after: first.data!.auditLog.pageInfo.endCursor }, auditor.token);
  expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
  expect(second.data!.auditLog.pageInfo.hasNextPage).toBe(false);
  const lines = [...first.data!.auditLog.edges, ...second.data!.auditLog.edges].map((edge) => edge.node);
  expect(lines.map((line) => line.subjectId)).toEqual(shown);
  expect(new Set(lines.map((line) => line.sequence)).size).toBe(1);
  expect(lines.every((line) => line.operation === 'Child' && line.subjectType === 'Child' && line.requestId === 'audit-list-1' && line.fields.join() === 'fullName,id')).toBe(true);
  expect([first.data!.auditLog.totalCount, second.data!.auditLog.totalCount]).toEqual([3, 3]);

  // Who looked at the second child: that child's line only.
  const middle = await app.request(ChildAccessLogDocument, { childId: shown[1], first: 10 }, auditor.token);
  expect(middle.data!.childAccessLog.nodes.map((line) => [line.requestId, line.subjectId])).toEqual([['audit-list-1', shown[1]]]);
  expect(middle.data!.childAccessLog.totalCount).toBe(1);

  // A cursor this list did not give out is refused, not sent to the database.
  for (const key of [['audit', '1'], ['99999999999999999999', '1'], ['9999999999999999999', '1']]) {
    const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
    expect((await app.request(AuditLogPageDocument, { first: 2, after: forged }, auditor.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  }
});

it('has every read of many at once on record by the time each is answered, in fewer inserts than reads', async () => {
  const requestIds = Array.from({ length: 20 }, (_, index) => `audit-concurrent-${index}`);
  const answers = await Promise.all(requestIds.map((requestId) => app.request(ChildWithNikDocument, { id: rina.id }, supervisor.token, { 'x-request-id': requestId })));
  expect(answers.every((answer) => answer.data?.child?.nik === '3175064512150001')).toBe(true);
  // Every request answered, so every line is committed: no waiting here. Lines written by one insert share
  // PostgreSQL's xmin: reads that finish while an insert is under way go together in the next one.
  const [{ lines, inserts }] = await app.orm.em
    .getConnection()
    .execute<Array<{ lines: string; inserts: string }>>('select sum(cardinality(subject_ids)) as lines, count(distinct xmin::text) as inserts from audit_entry where request_id like ?', ['audit-concurrent-%']);
  expect(Number(lines)).toBe(20);
  expect(Number(inserts)).toBeLessThan(20);
});

it('gives the log to auditors and administrators only, filtered by who did what', async () => {
  expect((await app.request(ChildAccessLogDocument, { childId: rina.id }, supervisor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const byCompanion = await app.request(AuditLogDocument, { staffAccountId: companion.account.id, operation: 'Mutation.recordChildNeed', first: 10 }, auditor.token);
  expect(byCompanion.data?.auditLog.nodes.map((entry) => [entry.operation, entry.outcome])).toEqual([
    ['Mutation.recordChildNeed', 'BAD_USER_INPUT'],
    ['Mutation.recordChildNeed', 'OK'],
  ]);
});

it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
  const connection = app.orm.em.getConnection();
  await expect(connection.execute("update audit_entry set outcome = 'OK' where request_id = 'audit-refused-1'")).rejects.toThrow(/append-only: UPDATE/);
  await expect(connection.execute("delete from audit_entry where request_id = 'audit-read-1'")).rejects.toThrow(/append-only: DELETE/);
  await expect(connection.execute('truncate audit_entry')).rejects.toThrow(/append-only: TRUNCATE/);
  expect((await accessLog(rina)).some((entry) => entry.requestId === 'audit-read-1')).toBe(true);
});
