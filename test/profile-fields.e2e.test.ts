import { StaffRole } from '../src/shared/auth/roles';
import {
  ChildCustomFieldsDocument,
  ChildrenDocument,
  DefineProfileFieldDocument,
  ProfileFieldDefinitionsDocument,
  RetireProfileFieldDocument,
  UpdateChildProfileDocument,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { createChild, JakartaArea } from './support/registry-factories';
import { Child } from '../src/children/child.entity';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let admin: StaffWithToken;
let supervisor: StaffWithToken;
let hotline: StaffWithToken;
let child: Child;

beforeAll(async () => {
  app = await createTestApp();
  admin = await createStaff(app, [StaffRole.ADMIN], null);
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA);
  hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  child = await createChild(app, { area: JakartaArea.JAKARTA_UTARA, fullName: 'Rizal Hakim' });
  const define = (input: Record<string, unknown>) => app.request(DefineProfileFieldDocument, { input: input as never }, admin.token);
  const supervisorOnly = { readRoles: [StaffRole.SUPERVISOR], writeRoles: [StaffRole.SUPERVISOR] };
  for (const input of [
    { key: 'bpjs_number', labelId: 'Nomor BPJS Kesehatan', labelEn: 'BPJS health insurance number', type: 'TEXT', ...supervisorOnly, readRoles: [StaffRole.SUPERVISOR, StaffRole.HOTLINE_OPERATOR] },
    { key: 'distance_to_school_km', labelId: 'Jarak ke sekolah (km)', labelEn: 'Distance to school (km)', type: 'NUMBER', ...supervisorOnly },
    { key: 'has_kip', labelId: 'Memiliki Kartu Indonesia Pintar', labelEn: 'Holds a KIP card', type: 'BOOLEAN', ...supervisorOnly },
    { key: 'last_home_visit', labelId: 'Kunjungan rumah terakhir', labelEn: 'Last home visit', type: 'DATE', ...supervisorOnly },
    { key: 'shelter_kind', labelId: 'Jenis tempat tinggal', labelEn: 'Kind of shelter', type: 'CHOICE', choices: ['RUMAH', 'KONTRAKAN', 'JALANAN'], ...supervisorOnly },
  ]) {
    const result = await define(input);
    expect(result.errors).toBeUndefined();
  }
});

afterAll(() => app.stop());

const update = (token: string, version: number, customFields: Array<{ key: string; value: string | null }>) =>
  app.request(UpdateChildProfileDocument, { input: { childId: child.id, expectedVersion: version, customFields } }, token);

it('stores typed values, shows each reader only the fields their role may read, and filters on them', async () => {
  const saved = await update(supervisor.token, 1, [
    { key: 'bpjs_number', value: '0001234567890' },
    { key: 'distance_to_school_km', value: '2.5' },
    { key: 'has_kip', value: 'true' },
    { key: 'last_home_visit', value: '2026-10-30' },
    { key: 'shelter_kind', value: 'KONTRAKAN' },
  ]);
  expect(saved.errors).toBeUndefined();

  const read = await app.request(ChildCustomFieldsDocument, { id: child.id }, supervisor.token);
  expect(read.data?.child?.customFields.map((field) => [field.key, field.textValue ?? field.numberValue ?? field.booleanValue ?? field.dateValue])).toEqual([
    ['bpjs_number', '0001234567890'],
    ['distance_to_school_km', 2.5],
    ['has_kip', true],
    ['last_home_visit', '2026-10-30'],
    ['shelter_kind', 'KONTRAKAN'],
  ]);
  const stored = await app.orm.em.fork().findOneOrFail(Child, child.id);
  expect(stored.customFieldValues).toEqual({ bpjs_number: '0001234567890', distance_to_school_km: 2.5, has_kip: true, last_home_visit: '2026-10-30', shelter_kind: 'KONTRAKAN' });

  const hotlineView = await app.request(ChildCustomFieldsDocument, { id: child.id }, hotline.token);
  expect(hotlineView.data?.child?.customFields.map((field) => field.key)).toEqual(['bpjs_number']);

  const filtered = await app.request(ChildrenDocument, { filter: { customFields: [{ key: 'shelter_kind', equals: 'KONTRAKAN' }] }, first: 10 }, supervisor.token);
  expect(filtered.data?.children.edges.map((edge) => edge.node.id)).toEqual([child.id]);
  const notMatching = await app.request(ChildrenDocument, { filter: { customFields: [{ key: 'shelter_kind', equals: 'RUMAH' }] }, first: 10 }, supervisor.token);
  expect(notMatching.data?.children.totalCount).toBe(0);
  // Filtering on a field one may not read would reveal its values: refused.
  const probing = await app.request(ChildrenDocument, { filter: { customFields: [{ key: 'shelter_kind', equals: 'RUMAH' }] }, first: 10 }, hotline.token);
  expect(probing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

it.each([
  ['a number field given text', 'distance_to_school_km', 'far'],
  ['a boolean field given yes', 'has_kip', 'yes'],
  ['a date field given a non-date', 'last_home_visit', '30/10/2026'],
  ['a choice outside the list', 'shelter_kind', 'ISTANA'],
  ['a field that does not exist', 'favourite_colour', 'blue'],
])('refuses %s, naming the field, and keeps the stored values', async (_label, key, value) => {
  const { version, customFieldValues } = await app.orm.em.fork().findOneOrFail(Child, child.id);
  const result = await update(supervisor.token, version, [{ key, value }]);
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `customFields.${key}` });
  expect((await app.orm.em.fork().findOneOrFail(Child, child.id)).customFieldValues).toEqual(customFieldValues);
});

it('lets only administrators define fields, and hides a retired field', async () => {
  const refused = await app.request(DefineProfileFieldDocument, { input: { key: 'x_field', labelId: 'X', labelEn: 'X', type: 'TEXT', readRoles: [StaffRole.SUPERVISOR], writeRoles: [] } }, supervisor.token);
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  expect((await app.request(RetireProfileFieldDocument, { key: 'has_kip' }, admin.token)).data?.retireProfileField.active).toBe(false);
  const read = await app.request(ChildCustomFieldsDocument, { id: child.id }, supervisor.token);
  expect(read.data?.child?.customFields.map((field) => field.key)).not.toContain('has_kip');
  const supervisorList = await app.request(ProfileFieldDefinitionsDocument, {}, supervisor.token);
  expect(supervisorList.data?.profileFieldDefinitions.map((definition) => definition.key)).not.toContain('has_kip');
  const adminList = await app.request(ProfileFieldDefinitionsDocument, {}, admin.token);
  expect(adminList.data?.profileFieldDefinitions.find((definition) => definition.key === 'has_kip')?.active).toBe(false);
});
