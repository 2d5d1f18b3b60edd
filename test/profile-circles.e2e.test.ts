import { randomUUID } from 'node:crypto';
import type { Child } from '../src/children/child.entity';
import type { Institution } from '../src/institutions/institution.entity';
import { StaffRole } from '../src/shared/auth/roles';
import type { Worker } from '../src/workers/worker.entity';
import { CirclesThroughLoadersDocument, GuardianTiesOnProfilesDocument, GuardianTiesThroughLoaderDocument, ProfilesWithTheirCirclesDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { assignCompanion, createChild, createInstitution, createWorker, JakartaArea, linkGuardian, place, WorkerKind } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

// A page of profiles that also asks, for each child, for its guardians' children, its institution's
// children and its companion's caseload: those lists come in the statement that finds the page, and
// hold exactly the children the caller may see, as the per-record loaders answer them.
let app: TestApp;
let supervisor: StaffWithToken;
let companionAccount: StaffWithToken;
let institution: Institution;
let companion: Worker;
let guardianId: string;
let ownChild: Child;
let otherChild: Child;

beforeAll(async () => {
  app = await createTestApp({}, { logLevel: 'debug' });
  institution = await createInstitution(app, JakartaArea.JAKARTA_UTARA);
  companion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_UTARA);
  const otherCompanion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_UTARA);
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA);
  companionAccount = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_UTARA, { workerId: companion.id });
  // Two children of one mother in one institution: one in the companion's caseload, one in a colleague's.
  ownChild = await createChild(app, { area: JakartaArea.JAKARTA_UTARA, fullName: `Anak Utara A ${randomUUID().slice(0, 4)}` });
  otherChild = await createChild(app, { area: JakartaArea.JAKARTA_UTARA, fullName: `Anak Utara B ${randomUUID().slice(0, 4)}` });
  guardianId = (await linkGuardian(app, ownChild)).guardian.id;
  await linkGuardian(app, otherChild, guardianId);
  for (const child of [ownChild, otherChild]) await place(app, child, institution);
  await assignCompanion(app, ownChild, companion);
  await assignCompanion(app, otherChild, otherCompanion);
});

afterAll(() => app.stop());

/** The ids of the children a list leads to; a link to a child the caller may not see would show as null. */
const idsOf = (links: ReadonlyArray<{ child?: { id: string } | null }> | undefined) => (links ?? []).map((link) => link.child?.id ?? null);

it.each([
  ['a supervisor of the area, who sees both children', () => supervisor, () => [ownChild.id, otherChild.id]],
  ['a companion, who sees only the child in their caseload', () => companionAccount, () => [ownChild.id]],
])('reads them with the page for %s, in four statements, as the loaders answer them', async (_caller, caller, visible) => {
  const requestId = `circles-${randomUUID()}`;
  const page = await app.request(ProfilesWithTheirCirclesDocument, { filter: { area: JakartaArea.JAKARTA_UTARA }, first: 10 }, caller().token, { 'x-request-id': requestId });
  expect(page.errors).toBeUndefined();
  const profile = page.data?.children.nodes.find((node) => node.id === ownChild.id);
  expect(page.data?.children.nodes.map((node) => node.id).sort()).toEqual([...visible()].sort());
  const fromPage = {
    guardianChildren: idsOf(profile?.guardians[0]?.guardian.children),
    institutionChildren: idsOf(profile?.currentPlacement?.institution.currentPlacements),
    caseload: idsOf(profile?.currentCompanion?.caseload),
  };
  expect([...fromPage.guardianChildren].sort()).toEqual([...visible()].sort());
  expect([...fromPage.institutionChildren].sort()).toEqual([...visible()].sort());
  expect(fromPage.caseload).toEqual([ownChild.id]);

  // The same lists, in the same order, through the loaders one record at a time.
  const loaded = await app.request(CirclesThroughLoadersDocument, { guardianId, institutionId: institution.id, workerId: companion.id }, caller().token);
  expect(loaded.errors).toBeUndefined();
  expect(fromPage).toEqual({
    guardianChildren: idsOf(loaded.data?.guardian?.children),
    institutionChildren: idsOf(loaded.data?.institution?.currentPlacements),
    caseload: idsOf(loaded.data?.worker?.caseload),
  });

  // The account; the page with the three lists; the children the lists lead to, by id; the audit insert.
  // Each list read on its own would add a statement.
  const statements = app.statementsOf(requestId);
  expect(statements).toHaveLength(4);
  expect(statements[1]).toMatch(/as "profile_guardian_children__\w+".* as "profile_institution_children__\w+".* as "profile_companion_caseloads__\w+"/);
  // Each list a level further reads the keys its selection (the child's id) needs, not whole rows.
  expect(statements[1]).toContain('to_json(array(select json_build_array(x."child_id", x."guardian_id") from child_guardian x where x.guardian_id in');
  expect(statements[1]).toContain('to_json(array(select json_build_array(x."child_id", x."institution_id", x."ended_on") from placement x where x.ended_on is null');
  expect(statements[1]).toContain('to_json(array(select json_build_array(x."child_id", x."companion_id", x."ended_on") from companion_assignment x where x.ended_on is null');
});

it('answers the fields of a guardian\'s ties read with the page as the loader answers them', async () => {
  const page = await app.request(GuardianTiesOnProfilesDocument, { filter: { area: JakartaArea.JAKARTA_UTARA }, first: 10 }, supervisor.token);
  expect(page.errors).toBeUndefined();
  const ties = page.data!.children.nodes.find((node) => node.id === ownChild.id)!.guardians[0].guardian.children;
  const loaded = await app.request(GuardianTiesThroughLoaderDocument, { guardianId }, supervisor.token);
  expect(loaded.errors).toBeUndefined();
  expect(ties).toHaveLength(2);
  expect(ties.every((tie) => typeof tie.relationship === 'string' && typeof tie.isCaregiver === 'boolean')).toBe(true);
  expect(ties).toEqual(loaded.data!.guardian!.children);
});
