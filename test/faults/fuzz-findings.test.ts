import { Child } from '../../src/children/child.entity';
import { StaffRole } from '../../src/shared/auth/roles';
import { RegisterChildDocument, UpdateChildProfileDocument } from '../operations/generated/graphql';
import { createStaff, type StaffWithToken } from '../support/factories';
import { createChild, JakartaArea } from '../support/registry-factories';
import { createTestApp, type TestApp } from '../support/test-app';

/** What the fuzzer found (test/faults/fuzz.test.ts), each pinned down by an example. */
let app: TestApp;
let supervisor: StaffWithToken;
let admin: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp();
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  admin = await createStaff(app, [StaffRole.ADMIN], null);
});

afterAll(() => app.stop());

async function post(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

it('refuses a cursor it did not give out as BAD_USER_INPUT on after', async () => {
  for (const after of ['LND-ABCD-EFGH', Buffer.from('["a","not-a-uuid"]').toString('base64url'), Buffer.from('{"x":1}').toString('base64url')]) {
    const { body } = await post('query($after: String) { institutions(first: 5, after: $after) { totalCount } }', { after }, admin.token);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  }
});

it('refuses an id that is not a UUID as BAD_USER_INPUT naming the argument, at any depth', async () => {
  const byId = await post('query($id: ID!) { hotlineReport(id: $id) { id } }', { id: '-1' }, supervisor.token);
  expect(byId.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  const nested = await post('mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { __typename } }', { input: { childId: "1' or 1=1", companionId: '00000000-0000-4000-a000-000000000000', startedOn: '2026-01-05' } }, supervisor.token);
  expect(nested.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.childId' });
});

it('answers more than 50 invalid variables with BAD_USER_INPUT, not an internal error', async () => {
  const { body } = await post(
    'query($filter: ChildFilter) { children(filter: $filter, first: 1) { totalCount } }',
    { filter: { riskLevels: Array.from({ length: 60 }, (_, i) => `NOPE_${i}`) } },
    supervisor.token,
  );
  expect(body.errors?.some((error) => error.message.startsWith('Too many errors'))).toBe(true);
  expect(new Set(body.errors?.map((error) => error.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
});

it('writes nothing when a NIK is already taken: neither a new child nor half an update', async () => {
  const holder = await createChild(app, { nik: '3171014502150001', dateOfBirth: '2015-02-05' });
  const before = await app.orm.em.fork().count(Child, {});
  const registered = await app.request(
    RegisterChildDocument,
    { input: { fullName: 'Anak Kembar NIK', sex: 'FEMALE', legalBasis: 'PUBLIC_TASK', area: JakartaArea.JAKARTA_TIMUR, nik: '3171014502150001', confirmNotDuplicate: true } as never },
    supervisor.token,
  );
  expect(registered.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'nik' });
  expect(await app.orm.em.fork().count(Child, {})).toBe(before);

  const other = await createChild(app, { fullName: 'Nama Lama' });
  const updated = await app.request(
    UpdateChildProfileDocument,
    { input: { childId: other.id, expectedVersion: other.version, fullName: 'Nama Baru', nik: holder.nik! } as never },
    supervisor.token,
  );
  expect(updated.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'nik' });
  const reread = await app.orm.em.fork().findOneOrFail(Child, other.id);
  expect([reread.fullName, reread.version]).toEqual(['Nama Lama', other.version]);
});
