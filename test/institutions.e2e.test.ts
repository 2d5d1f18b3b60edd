import { Placement } from '../src/children/child-links.entities';
import { StaffRole } from '../src/shared/auth/roles';
import { PlaceChildInInstitutionDocument, RegisterInstitutionDocument, UpdateInstitutionDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { createChild, InstitutionType, JakartaArea } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let supervisor: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp();
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
});

afterAll(() => app.stop());

it('keeps placements within capacity and the history of moves', async () => {
  const register = (name: string, capacity: number) =>
    app.request(
      RegisterInstitutionDocument,
      { input: { name, type: InstitutionType.RUMAH_SINGGAH, area: JakartaArea.JAKARTA_PUSAT, kecamatanCode: '31.71.03', capacity } },
      supervisor.token,
    );
  const small = (await register('Rumah Singgah Kemayoran', 1)).data?.registerInstitution;
  const large = (await register('Rumah Singgah Senen', 10)).data?.registerInstitution;
  const [first, second] = [await createChild(app, { area: JakartaArea.JAKARTA_PUSAT }), await createChild(app, { area: JakartaArea.JAKARTA_PUSAT })];
  const placeIn = (childId: string, institutionId: string, startedOn: string) =>
    app.request(PlaceChildInInstitutionDocument, { input: { childId, institutionId, startedOn } }, supervisor.token);

  expect((await placeIn(first.id, small!.id, '2026-02-01')).errors).toBeUndefined();
  const full = await placeIn(second.id, small!.id, '2026-02-01');
  expect(full.errors?.[0]).toMatchObject({ message: 'Rumah Singgah Kemayoran is full (1 of 1 places taken).', extensions: { code: 'CONFLICT' } });

  const shrink = await app.request(UpdateInstitutionDocument, { input: { institutionId: small!.id, capacity: 0 } }, supervisor.token);
  expect(shrink.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'capacity' });

  // Moving the first child frees the place; the earlier stay ends on the day of the move and is kept.
  expect((await placeIn(first.id, large!.id, '2026-05-01')).errors).toBeUndefined();
  expect((await placeIn(second.id, small!.id, '2026-05-02')).errors).toBeUndefined();
  const history = await app.orm.em.fork().find(Placement, { child: first.id }, { orderBy: { startedOn: 'asc' } });
  expect(history.map((placement) => [placement.institution.id, placement.startedOn, placement.endedOn])).toEqual([
    [small!.id, '2026-02-01', '2026-05-01'],
    [large!.id, '2026-05-01', null],
  ]);

  const accredited = await app.request(UpdateInstitutionDocument, { input: { institutionId: large!.id, accreditation: 'A', isReportingPoint: false } }, supervisor.token);
  expect(accredited.data?.updateInstitution).toMatchObject({ accreditation: 'A', isReportingPoint: false, capacity: 10 });
});

it('lets only administrators and supervisors change the registry', async () => {
  const companion = await createStaff(app, [StaffRole.COMPANION]);
  const result = await app.request(
    RegisterInstitutionDocument,
    { input: { name: 'LKSA Tidak Sah', type: InstitutionType.LKSA, area: JakartaArea.JAKARTA_PUSAT, capacity: 5 } },
    companion.token,
  );
  expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
