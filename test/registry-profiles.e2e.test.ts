import { randomUUID } from 'node:crypto';
import { ChildNeedKind, ChildNeedStatus, DevelopmentDomain } from '../src/children/child-needs.entities';
import { ChildCareService } from '../src/children/child-care.service';
import { Child } from '../src/children/child.entity';
import { LegalBasis, Sex } from '../src/children/child.enums';
import { todayInJakarta } from '../src/children/child.service';
import { StaffRole } from '../src/shared/auth/roles';
import {
  ChildDevelopmentDocument,
  ChildrenDocument,
  DeepProfilesDocument,
  KecamatanListDocument,
  RecordDevelopmentAssessmentDocument,
  RegisterChildDocument,
  UpdateChildProfileDocument,
} from './operations/generated/graphql';
import { createStaff, systemContext, type StaffWithToken } from './support/factories';
import {
  assignCompanion,
  CareArrangement,
  createChild,
  createInstitution,
  createWorker,
  JakartaArea,
  linkGuardian,
  place,
  PksaProgramme,
  RiskLevel,
  WorkerKind,
} from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let headOfBidang: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp({}, { logLevel: 'debug' });
  headOfBidang = await createStaff(app, [StaffRole.SUPERVISOR], null);
});

afterAll(() => app.stop());

/** A date `years` years and `days` days before today in Jakarta. */
function yearsAgo(years: number, days = 0): string {
  const date = new Date(`${todayInJakarta()}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

describe('a profile nested four levels deep', () => {
  /** Families of two in Jakarta Selatan sharing a mother, with companions, placements, needs and assessments. */
  async function buildSelatan(children: number): Promise<void> {
    const institutions = [await createInstitution(app, JakartaArea.JAKARTA_SELATAN), await createInstitution(app, JakartaArea.JAKARTA_SELATAN)];
    const companions = [await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_SELATAN), await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_SELATAN)];
    const care = new ChildCareService(systemContext(app));
    let motherId: string | undefined;
    for (let index = 0; index < children; index += 1) {
      const child = await createChild(app, { area: JakartaArea.JAKARTA_SELATAN, dateOfBirth: yearsAgo(3 + (index % 12)) });
      const link = await linkGuardian(app, child, index % 2 === 0 ? undefined : motherId);
      motherId = link.guardian.id;
      await assignCompanion(app, child, companions[index % 2]);
      if (index % 3 === 0) await place(app, child, institutions[index % 2]);
      await care.recordNeed({ childId: child.id, kind: ChildNeedKind.EDUCATION, status: ChildNeedStatus.IN_PROGRESS });
      await care.recordAssessment({ childId: child.id, assessedOn: '2026-01-10', scores: [{ domain: DevelopmentDomain.SAFETY, score: 3 }] });
      await care.recordAssessment({ childId: child.id, assessedOn: '2026-06-10', scores: [{ domain: DevelopmentDomain.SAFETY, score: 2 }] });
    }
  }

  it('runs a small, constant number of SQL statements, for 5 children as for 50', async () => {
    await buildSelatan(50);
    const statementsFor = async (first: number) => {
      const requestId = `deep-${first}-${randomUUID()}`;
      const result = await app.request(DeepProfilesDocument, { filter: { area: JakartaArea.JAKARTA_SELATAN }, first }, headOfBidang.token, {
        'x-request-id': requestId,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.children.edges).toHaveLength(first);
      return { statements: app.statementsOf(requestId), data: result.data };
    };
    const few = await statementsFor(5);
    const many = await statementsFor(50);
    // The nesting really is there: child -> guardian -> their children -> placement -> institution -> placements.
    const nested = many.data?.children.edges.flatMap((edge) => edge.node.guardians.flatMap((link) => link.guardian.children));
    expect(nested?.some((link) => link.child?.currentPlacement?.institution.currentPlacements.length)).toBe(true);
    expect(many.data?.children.edges[0].node.developmentRegressions).toEqual(['SAFETY']);
    // Children come with the parts of their profiles the query asks for, in the statement that finds them
    // (src/children/child-profile.prefetch.ts): the page with companion, guardians, needs and assessments,
    // and a level further the guardians' children and the companions' caseloads; the children those lead
    // to (by id) with their placements, institutions and the institutions' current children. With the
    // account and the count: 4 statements, whatever the number of children. The children reached both
    // through guardians and through the caseload share one loader, which could run twice if one of the two
    // lists came back a tick later: hence at most 5.
    const childByIdStatements = (statements: string[]) => statements.filter((statement) => /^select c\."id".* from child c where \(true\) and \(c\.id = any\(array\(select value::uuid from json_array_elements_text/.test(statement)).length;
    // Plus one insert that puts every child read on record in the audit log, however many were read.
    for (const run of [few, many]) {
      const auditLines = run.statements.filter((statement) => statement.startsWith('insert into audit_entry'));
      expect(auditLines).toHaveLength(1);
      const reads = run.statements.filter((statement) => !auditLines.includes(statement));
      expect(reads.length).toBeGreaterThanOrEqual(4);
      expect(reads.length).toBeLessThanOrEqual(5);
      expect(childByIdStatements(reads)).toBeGreaterThanOrEqual(1);
      expect(childByIdStatements(reads)).toBeLessThanOrEqual(2);
    }
  });
});

describe('filters and pagination', () => {
  const pusat: Record<string, Child> = {};
  let lksa: string;
  let companion: string;

  beforeAll(async () => {
    const institution = await createInstitution(app, JakartaArea.JAKARTA_PUSAT);
    const worker = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_PUSAT);
    lksa = institution.id;
    companion = worker.id;
    const area = JakartaArea.JAKARTA_PUSAT;
    pusat.rizki = await createChild(app, { area, fullName: 'Muhammad Rizki', dateOfBirth: yearsAgo(12, 40), programmes: [PksaProgramme.PKSA_VULNERABLE], riskLevel: RiskLevel.HIGH, careArrangement: CareArrangement.STREET });
    pusat.siti = await createChild(app, { area, fullName: 'Siti Nurhaliza', dateOfBirth: yearsAgo(3, 20), programmes: [PksaProgramme.NEGLECTED_TODDLER], riskLevel: RiskLevel.MEDIUM });
    pusat.putri = await createChild(app, { area, fullName: 'Putri Ayu', dateOfBirth: yearsAgo(16, 10), riskLevel: RiskLevel.LOW, careArrangement: CareArrangement.INSTITUTION });
    pusat.agus = await createChild(app, { area, fullName: 'Agus Salim' });
    pusat.rina = await createChild(app, { area, fullName: 'Rina Wati', dateOfBirth: yearsAgo(9), programmes: [PksaProgramme.DISABILITY] });
    pusat.dedi = await createChild(app, { area, fullName: 'Dedi Kurniawan', dateOfBirth: yearsAgo(11), careArrangement: CareArrangement.KINSHIP_CARE });
    await place(app, pusat.putri, institution);
    await assignCompanion(app, pusat.rina, worker);
    await new ChildCareService(systemContext(app)).recordNeed({ childId: pusat.rizki.id, kind: ChildNeedKind.BIRTH_CERTIFICATE, status: ChildNeedStatus.OPEN });
    await new ChildCareService(systemContext(app)).recordNeed({ childId: pusat.agus.id, kind: ChildNeedKind.BIRTH_CERTIFICATE, status: ChildNeedStatus.MET });
  });

  async function namesMatching(filter: Record<string, unknown>): Promise<string[]> {
    const result = await app.request(ChildrenDocument, { filter: { area: JakartaArea.JAKARTA_PUSAT, ...filter }, first: 50 }, headOfBidang.token);
    expect(result.errors).toBeUndefined();
    return (result.data?.children.edges ?? []).map((edge) => edge.node.fullName);
  }

  it.each([
    ['risk levels', { riskLevels: ['HIGH', 'MEDIUM'] }, ['Muhammad Rizki', 'Siti Nurhaliza']],
    ['programme', { programme: 'NEGLECTED_TODDLER' }, ['Siti Nurhaliza']],
    ['care arrangement', { careArrangement: 'KINSHIP_CARE' }, ['Dedi Kurniawan']],
    ['maximum age', { maximumAge: 4 }, ['Siti Nurhaliza']],
    ['minimum age', { minimumAge: 12 }, ['Muhammad Rizki', 'Putri Ayu']],
    ['age range', { minimumAge: 9, maximumAge: 11 }, ['Dedi Kurniawan', 'Rina Wati']],
    ['institution', { institutionId: 'LKSA' }, ['Putri Ayu']],
    ['companion', { companionId: 'COMPANION' }, ['Rina Wati']],
    ['an open need: no birth certificate yet', { openNeed: 'BIRTH_CERTIFICATE' }, ['Muhammad Rizki']],
    ['a name spelt differently', { nameSearch: 'muhamad rizky' }, ['Muhammad Rizki']],
    ['a name with an accent', { nameSearch: 'Sití Nurhalíza' }, ['Siti Nurhaliza']],
  ])('finds exactly the children by %s', async (_label, filter, expected) => {
    const resolved = Object.fromEntries(
      Object.entries(filter).map(([key, value]) => [key, value === 'LKSA' ? lksa : value === 'COMPANION' ? companion : value]),
    );
    expect(await namesMatching(resolved)).toEqual(expected);
  });

  it('pages through a list without gaps or repeats, in the order asked for', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const result = await app.request(ChildrenDocument, { filter: { area: JakartaArea.JAKARTA_PUSAT }, first: 4, after }, headOfBidang.token);
      const connection = result.data?.children;
      expect(connection?.totalCount).toBe(6);
      seen.push(...(connection?.edges ?? []).map((edge) => edge.node.fullName));
      expect(connection?.pageInfo.endCursor).toBe(connection?.edges.at(-1)?.cursor);
      after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(['Agus Salim', 'Dedi Kurniawan', 'Muhammad Rizki', 'Putri Ayu', 'Rina Wati', 'Siti Nurhaliza']);

    const newest = await app.request(ChildrenDocument, { filter: { area: JakartaArea.JAKARTA_PUSAT }, orderBy: 'REGISTERED_NEWEST_FIRST', first: 2 }, headOfBidang.token);
    expect(newest.data?.children.edges.map((edge) => edge.node.fullName)).toEqual(['Dedi Kurniawan', 'Rina Wati']);
  });

  it('refuses a page larger than 100 and a cursor it did not give out', async () => {
    const tooLarge = await app.request(ChildrenDocument, { first: 101 }, headOfBidang.token);
    expect(tooLarge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await app.request(ChildrenDocument, { first: 5, after: 'bm90LWEtY3Vyc29y' }, headOfBidang.token);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reports probable duplicates instead of registering a twin, and registers once confirmed', async () => {
    const input = { fullName: 'Muhamad Rizky', sex: Sex.MALE, legalBasis: LegalBasis.PUBLIC_TASK, dateOfBirth: pusat.rizki.dateOfBirth, area: JakartaArea.JAKARTA_PUSAT };
    const before = await app.orm.em.fork().count(Child, {});
    const first = await app.request(RegisterChildDocument, { input }, headOfBidang.token);
    expect(first.errors).toBeUndefined();
    expect(first.data?.registerChild.child).toBeNull();
    expect(first.data?.registerChild.possibleDuplicates.map((child) => child.id)).toEqual([pusat.rizki.id]);
    expect(await app.orm.em.fork().count(Child, {})).toBe(before);

    const otherBirthday = await app.request(RegisterChildDocument, { input: { ...input, dateOfBirth: '2019-02-02' } }, headOfBidang.token);
    expect(otherBirthday.data?.registerChild.possibleDuplicates).toEqual([]);
    expect(otherBirthday.data?.registerChild.child?.fullName).toBe('Muhamad Rizky');

    const confirmed = await app.request(RegisterChildDocument, { input: { ...input, confirmNotDuplicate: true } }, headOfBidang.token);
    expect(confirmed.data?.registerChild.child?.fullName).toBe('Muhamad Rizky');
  });
});

describe('changing a profile', () => {
  it('refuses a stale version with CONFLICT and keeps what the first writer saved', async () => {
    const registered = await app.request(
      RegisterChildDocument,
      { input: { fullName: 'Wulan Sari', sex: Sex.FEMALE, legalBasis: LegalBasis.VITAL_INTEREST, area: JakartaArea.JAKARTA_UTARA, kecamatanCode: '31.72.06' } },
      headOfBidang.token,
    );
    const child = registered.data?.registerChild.child;
    expect(child).toMatchObject({ version: 1, area: 'JAKARTA_UTARA', kecamatanCode: '31.72.06' });

    const firstWriter = await app.request(UpdateChildProfileDocument, { input: { childId: child!.id, expectedVersion: 1, riskLevel: RiskLevel.HIGH } }, headOfBidang.token);
    expect(firstWriter.data?.updateChildProfile).toMatchObject({ version: 2, riskLevel: 'HIGH' });

    const secondWriter = await app.request(UpdateChildProfileDocument, { input: { childId: child!.id, expectedVersion: 1, fullName: 'Wulan Sari Dewi' } }, headOfBidang.token);
    expect(secondWriter.errors?.[0].extensions?.code).toBe('CONFLICT');
    const stored = await app.orm.em.fork().findOneOrFail(Child, child!.id);
    expect([stored.fullName, stored.riskLevel, stored.version]).toEqual(['Wulan Sari', 'HIGH', 2]);
  });

  it.each([
    ['a NIK whose birth date disagrees with the date of birth', { nik: '3172060101100001', dateOfBirth: '2012-05-05' }, 'nik'],
    ['a NIK that is not 16 digits', { nik: '31720601011' }, 'nik'],
    ['a kecamatan outside the area', { area: JakartaArea.JAKARTA_BARAT, kecamatanCode: '31.72.06' }, 'kecamatanCode'],
    ['a kelurahan outside the kecamatan', { kecamatanCode: '31.72.06', kelurahanCode: '31.71.06.1001' }, 'kelurahanCode'],
  ])('refuses %s, naming the field, and saves nothing', async (_label, fields, field) => {
    const before = await app.orm.em.fork().count(Child, {});
    const result = await app.request(
      RegisterChildDocument,
      { input: { fullName: `Anak ${randomUUID().slice(0, 6)}`, sex: Sex.MALE, legalBasis: LegalBasis.PUBLIC_TASK, confirmNotDuplicate: true, ...fields } },
      headOfBidang.token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const named = result.errors?.[0].extensions?.field ?? Object.keys((result.errors?.[0].extensions?.fields as object) ?? {})[0];
    expect(named).toBe(field);
    expect(await app.orm.em.fork().count(Child, {})).toBe(before);
  });

  it('keeps a need\'s status when an update does not mention it', async () => {
    const child = await createChild(app, { area: JakartaArea.JAKARTA_UTARA });
    const care = new ChildCareService(systemContext(app));
    const need = await care.recordNeed({ childId: child.id, kind: ChildNeedKind.BIRTH_CERTIFICATE, status: ChildNeedStatus.IN_PROGRESS });
    const updated = await new ChildCareService(systemContext(app)).recordNeed({
      childId: child.id,
      needId: need.id,
      kind: ChildNeedKind.BIRTH_CERTIFICATE,
      evidenceNote: 'Application filed at Dukcapil Jakarta Utara',
    });
    expect([updated.status, updated.evidenceNote]).toEqual([ChildNeedStatus.IN_PROGRESS, 'Application filed at Dukcapil Jakarta Utara']);
  });

  it('flags a regression between the two latest development assessments', async () => {
    const child = await createChild(app, { area: JakartaArea.JAKARTA_UTARA });
    const record = (assessedOn: string, emotional: number) =>
      app.request(
        RecordDevelopmentAssessmentDocument,
        { input: { childId: child.id, assessedOn, scores: [{ domain: DevelopmentDomain.EMOTIONAL, score: emotional }, { domain: DevelopmentDomain.HEALTH, score: 3 }] } },
        headOfBidang.token,
      );
    expect((await record('2026-03-01', 3)).errors).toBeUndefined();
    expect((await record('2026-09-01', 2)).errors).toBeUndefined();
    const development = await app.request(ChildDevelopmentDocument, { id: child.id }, headOfBidang.token);
    expect(development.data?.child?.developmentAssessments.map((assessment) => assessment.assessedOn)).toEqual(['2026-09-01', '2026-03-01']);
    expect(development.data?.child?.developmentRegressions).toEqual(['EMOTIONAL']);
    const badScore = await app.request(RecordDevelopmentAssessmentDocument, { input: { childId: child.id, assessedOn: '2026-10-01', scores: [{ domain: DevelopmentDomain.SAFETY, score: 5 }] } }, headOfBidang.token);
    expect(badScore.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reference data', () => {
  it("lists DKI Jakarta's kecamatan, all 44 or those of one area", async () => {
    const all = await app.request(KecamatanListDocument, {}, headOfBidang.token);
    expect(all.data?.kecamatanList).toHaveLength(44);
    const pusat = await app.request(KecamatanListDocument, { area: JakartaArea.JAKARTA_PUSAT }, headOfBidang.token);
    expect(pusat.data?.kecamatanList.map((kecamatan) => kecamatan.name)).toContain('Menteng');
    expect(pusat.data?.kecamatanList).toHaveLength(8);
  });
});
