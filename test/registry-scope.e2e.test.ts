import { randomUUID } from 'node:crypto';
import { ChildNeedKind, ChildNeedStatus } from '../src/children/child-needs.entities';
import { ChildCareService } from '../src/children/child-care.service';
import { Child } from '../src/children/child.entity';
import { Guardian } from '../src/guardians/guardian.entity';
import type { Institution } from '../src/institutions/institution.entity';
import { StaffRole } from '../src/shared/auth/roles';
import {
  ChildNeedsDocument,
  ChildProfileDocument,
  ChildrenDocument,
  ChildSensitiveDocument,
  GuardianDocument,
  InstitutionChildrenDocument,
  UpdateChildProfileDocument,
} from './operations/generated/graphql';
import { createStaff, systemContext, type StaffWithToken } from './support/factories';
import {
  assignCompanion,
  createChild,
  createInstitution,
  createWorker,
  JakartaArea,
  linkGuardian,
  place,
  WorkerKind,
} from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Who sees which child. The world: in Jakarta Timur, Ani (companion 1's caseload) and her brother Budi
 * (companion 2's) share a mother; Eka lives in a Jakarta Timur LKSA. In Jakarta Barat, Dewi lives in a
 * Jakarta Barat LKSA.
 */
let app: TestApp;
let ani: Child;
let budi: Child;
let dewi: Child;
let eka: Child;
let mother: Guardian;
let timurLksa: Institution;
let baratLksa: Institution;
const staff: Record<string, StaffWithToken> = {};

beforeAll(async () => {
  app = await createTestApp();
  timurLksa = await createInstitution(app, JakartaArea.JAKARTA_TIMUR);
  baratLksa = await createInstitution(app, JakartaArea.JAKARTA_BARAT);
  const companionOne = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const companionTwo = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  ani = await createChild(app, { fullName: 'Ani Lestari', nik: '3175064512150001', dateOfBirth: '2015-12-05', address: 'Jl. Pemuda 12' });
  budi = await createChild(app, { fullName: 'Budi Lestari' });
  eka = await createChild(app, { fullName: 'Eka Putri' });
  dewi = await createChild(app, { fullName: 'Dewi Anggraini', area: JakartaArea.JAKARTA_BARAT });
  mother = await app.orm.em.fork().findOneOrFail(Guardian, (await linkGuardian(app, ani)).guardian.id);
  await linkGuardian(app, budi, mother.id);
  await assignCompanion(app, ani, companionOne);
  await assignCompanion(app, budi, companionTwo);
  await place(app, eka, timurLksa);
  await place(app, dewi, baratLksa);
  await new ChildCareService(systemContext(app)).recordNeed({ childId: ani.id, kind: ChildNeedKind.HEALTH, status: ChildNeedStatus.OPEN });
  await new ChildCareService(systemContext(app)).recordNeed({ childId: ani.id, kind: ChildNeedKind.BIRTH_CERTIFICATE, status: ChildNeedStatus.OPEN });

  staff.companionOne = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: companionOne.id });
  staff.baratInstitution = await createStaff(app, [StaffRole.INSTITUTION_STAFF], JakartaArea.JAKARTA_BARAT, { institutionId: baratLksa.id });
  staff.timurSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  staff.headOfBidang = await createStaff(app, [StaffRole.SUPERVISOR], null);
  staff.baratSocialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_BARAT);
  staff.hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  staff.expert = await createStaff(app, [StaffRole.EXPERT_ADVISOR], JakartaArea.JAKARTA_TIMUR);
  staff.admin = await createStaff(app, [StaffRole.ADMIN], null);
  staff.auditor = await createStaff(app, [StaffRole.AUDITOR], null);
});

afterAll(() => app.stop());

async function visibleNames(who: StaffWithToken): Promise<string[]> {
  const result = await app.request(ChildrenDocument, { first: 50 }, who.token);
  expect(result.errors).toBeUndefined();
  return (result.data?.children.edges ?? []).map((edge) => edge.node.fullName).sort();
}

async function canOpen(who: StaffWithToken, child: Child): Promise<boolean> {
  const result = await app.request(ChildProfileDocument, { id: child.id }, who.token);
  expect(result.errors).toBeUndefined();
  return result.data?.child?.id === child.id;
}

describe('which children each role sees, in lists and by id', () => {
  it.each([
    ['a companion: their caseload only', 'companionOne', ['Ani Lestari']],
    ['institution staff: the children placed in their institution', 'baratInstitution', ['Dewi Anggraini']],
    ['a supervisor with an area: that area', 'timurSupervisor', ['Ani Lestari', 'Budi Lestari', 'Eka Putri']],
    ['the head of the bidang (no area): everyone', 'headOfBidang', ['Ani Lestari', 'Budi Lestari', 'Dewi Anggraini', 'Eka Putri']],
    ['a social worker: their area', 'baratSocialWorker', ['Dewi Anggraini']],
    ['a hotline operator: everyone, to find the child a caller speaks of', 'hotline', ['Ani Lestari', 'Budi Lestari', 'Dewi Anggraini', 'Eka Putri']],
    ['an expert: none until a session shares one', 'expert', []],
    ['an administrator: none', 'admin', []],
    ['an auditor: none', 'auditor', []],
  ])('%s', async (_label, who, expected) => {
    expect(await visibleNames(staff[who])).toEqual(expected);
    for (const child of [ani, budi, dewi, eka]) {
      expect(await canOpen(staff[who], child)).toBe(expected.includes(child.fullName));
    }
  });

  it('answers a child outside the scope exactly as a child that does not exist', async () => {
    const outside = await app.request(ChildProfileDocument, { id: budi.id }, staff.companionOne.token);
    const missing = await app.request(ChildProfileDocument, { id: randomUUID() }, staff.companionOne.token);
    expect(outside).toEqual(missing);
    expect(outside).toEqual({ status: 200, data: { child: null } });
  });

  it('tells an anonymous caller to sign in', async () => {
    const result = await app.request(ChildrenDocument, { first: 5 });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('scope holds along every relation', () => {
  it("shows a companion only the guardian's children in their caseload", async () => {
    const result = await app.request(GuardianDocument, { id: mother.id }, staff.companionOne.token);
    expect(result.data?.guardian?.children.map((link) => link.child?.fullName)).toEqual(['Ani Lestari']);
    const supervisor = await app.request(GuardianDocument, { id: mother.id }, staff.timurSupervisor.token);
    expect(supervisor.data?.guardian?.children.map((link) => link.child?.fullName)).toEqual(['Ani Lestari', 'Budi Lestari']);
  });

  it('hides a guardian with no child in scope as if they did not exist', async () => {
    const result = await app.request(GuardianDocument, { id: mother.id }, staff.baratInstitution.token);
    expect(result).toEqual({ status: 200, data: { guardian: null } });
  });

  it("lists an institution's children only within scope", async () => {
    const own = await app.request(InstitutionChildrenDocument, { id: baratLksa.id }, staff.baratInstitution.token);
    expect(own.data?.institution?.currentPlacements.map((placement) => placement.child?.id)).toEqual([dewi.id]);
    const other = await app.request(InstitutionChildrenDocument, { id: timurLksa.id }, staff.baratInstitution.token);
    expect(other.data?.institution?.name).toBe(timurLksa.name);
    expect(other.data?.institution?.currentPlacements).toEqual([]);
  });

  it('refuses to change a child outside the scope with NOT_FOUND, and changes nothing', async () => {
    const refused = await app.request(UpdateChildProfileDocument, { input: { childId: budi.id, expectedVersion: 1, fullName: 'Changed' } }, staff.companionOne.token);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.orm.em.fork().findOneOrFail(Child, budi.id)).fullName).toBe('Budi Lestari');
  });
});

describe('sensitive fields', () => {
  it('shows NIK and address to the companion who follows the child', async () => {
    const result = await app.request(ChildSensitiveDocument, { id: ani.id }, staff.companionOne.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.child).toMatchObject({ nik: '3175064512150001', address: 'Jl. Pemuda 12' });
  });

  it('refuses NIK and address to a hotline operator, who still sees the rest of the profile', async () => {
    const result = await app.request(ChildSensitiveDocument, { id: ani.id }, staff.hotline.token);
    expect(result.data?.child).toEqual({ id: ani.id, nik: null, address: null, disabilityDetail: null });
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['child.nik', 'FORBIDDEN'],
      ['child.address', 'FORBIDDEN'],
      ['child.disabilityDetail', 'FORBIDDEN'],
    ]);
  });

  it('hides health needs from a hotline operator and shows them to the companion', async () => {
    const hotline = await app.request(ChildNeedsDocument, { id: ani.id }, staff.hotline.token);
    expect(hotline.data?.child?.needs.map((need) => need.kind)).toEqual(['BIRTH_CERTIFICATE']);
    const companion = await app.request(ChildNeedsDocument, { id: ani.id }, staff.companionOne.token);
    expect(companion.data?.child?.needs.map((need) => need.kind).sort()).toEqual(['BIRTH_CERTIFICATE', 'HEALTH']);
  });
});
