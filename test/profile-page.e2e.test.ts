import { randomUUID } from 'node:crypto';
import { ChildNeedKind, ChildNeedStatus, DevelopmentDomain } from '../src/children/child-needs.entities';
import { ChildCareService } from '../src/children/child-care.service';
import type { Child } from '../src/children/child.entity';
import { StaffRole } from '../src/shared/auth/roles';
import { ChildNeedsDocument, ChildSeenTwoWaysDocument, GuardiansSeenTwoWaysDocument as GuardiansSeenTwoWays, ProfilePageDocument, ProfilePageWithNextDocument, ProfilesThroughGuardianDocument, ReportsWithAndWithoutTextDocument, SaveProgressReportDraftDocument, SubmitProgressReportDocument } from './operations/generated/graphql';
import { createStaff, systemContext, type StaffWithToken } from './support/factories';
import { assignCompanion, createChild, createInstitution, createWorker, JakartaArea, linkGuardian, PksaProgramme, place, WorkerKind } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

// The profile page (a page of children with guardians, placements, companions, needs and latest reports)
// is read in one statement with the children; these tests hold it to that and to answering exactly
// what the per-record loaders answer.
let app: TestApp;
let supervisor: StaffWithToken;
let motherId: string;
const children: Child[] = [];

const REPORT_CONTENT = {
  developmentScores: [{ domain: 'HEALTH' as const, score: 3 }],
  developmentNarrative: 'Sehat.',
  problems: 'Tidak ada.',
  solutions: 'Tetap dipantau.',
  needStatuses: [],
  nextSteps: 'Kunjungan bulan depan.',
};

beforeAll(async () => {
  app = await createTestApp({}, { logLevel: 'debug' });
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT);
  const institutions = [await createInstitution(app, JakartaArea.JAKARTA_BARAT), await createInstitution(app, JakartaArea.JAKARTA_BARAT)];
  const workers = [await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_BARAT), await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_BARAT)];
  const companion = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_BARAT, { workerId: workers[0].id });
  const care = new ChildCareService(systemContext(app));
  // 30 children of one mother: a placement history, a companion handed over, needs, and reports for some.
  for (let index = 0; index < 30; index += 1) {
    const programmes = index % 2 ? [PksaProgramme.ALTERNATIVE_CARE, PksaProgramme.DISABILITY] : [PksaProgramme.PKSA_VULNERABLE];
    const child = await createChild(app, { area: JakartaArea.JAKARTA_BARAT, programmes, fullName: `Anak Barat ${String(index).padStart(2, '0')} ${randomUUID().slice(0, 4)}` });
    children.push(child);
    motherId = (await linkGuardian(app, child, index === 0 ? undefined : motherId)).guardian.id;
    if (index % 2 === 0) await linkGuardian(app, child);
    await place(app, child, institutions[0], '2026-01-05');
    if (index % 3 === 0) await place(app, child, institutions[1], '2026-04-01');
    await assignCompanion(app, child, workers[1], '2026-01-05');
    await assignCompanion(app, child, workers[0], '2026-02-01');
    await care.recordNeed({ childId: child.id, kind: ChildNeedKind.EDUCATION, status: ChildNeedStatus.IN_PROGRESS });
    await care.recordNeed({ childId: child.id, kind: ChildNeedKind.HEALTH, status: ChildNeedStatus.OPEN });
    await care.recordMeasurement({ childId: child.id, measuredOn: '2026-03-02', weightKg: 14.25, heightCm: 98.5 });
    await care.recordMeasurement({ childId: child.id, measuredOn: '2026-06-01', weightKg: 15.1 });
    await care.recordAssessment({ childId: child.id, assessedOn: '2026-01-10', scores: [{ domain: DevelopmentDomain.SAFETY, score: 3 }] });
    await care.recordAssessment({ childId: child.id, assessedOn: '2026-06-10', scores: [{ domain: DevelopmentDomain.SAFETY, score: index % 2 ? 2 : 4 }] });
    if (index < 5) {
      for (const periodStart of ['2026-07-01', '2026-08-01', '2026-09-01']) {
        const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: child.id, periodStart, content: REPORT_CONTENT } }, companion.token);
        expect(draft.errors).toBeUndefined();
        if (periodStart !== '2026-09-01') {
          await app.request(SubmitProgressReportDocument, { reportId: draft.data!.saveProgressReportDraft.id, expectedVersion: 1 }, companion.token);
        }
      }
    }
  }
});

afterAll(() => app.stop());

async function profilePage(first: number, last = 2) {
  const requestId = `profile-page-${randomUUID()}`;
  const result = await app.request(ProfilePageDocument, { filter: { area: JakartaArea.JAKARTA_BARAT }, first, last }, supervisor.token, { 'x-request-id': requestId });
  expect(result.errors).toBeUndefined();
  return { nodes: result.data!.children.nodes, statements: app.statementsOf(requestId) };
}

it('reads a page of profiles in one statement, for 3 children as for 30', async () => {
  for (const first of [3, 30]) {
    const { nodes, statements } = await profilePage(first);
    expect(nodes).toHaveLength(first);
    // The page holds what the statement is meant to bring: guardians, placements, companions, needs, reports.
    expect(nodes.every((node) => node.guardians.length >= 1 && node.guardians[0].guardian.phone)).toBe(true);
    expect(nodes.every((node) => node.placements.length >= 1 && node.currentPlacement?.institution.name)).toBe(true);
    expect(nodes.every((node) => node.companionAssignments.length === 2 && node.currentCompanion?.fullName)).toBe(true);
    expect(nodes.every((node) => node.needs.length === 2 && node.measurements[0].weightKg === 15.1 && node.measurements[1].heightCm === 98.5)).toBe(true);
    expect(nodes.some((node) => node.programmes.join() === 'ALTERNATIVE_CARE,DISABILITY')).toBe(true);
    expect(nodes.some((node) => node.developmentRegressions.includes(DevelopmentDomain.SAFETY))).toBe(true);
    // Three statements in all: the caller's account (with their address's sign-in failures), the children
    // with every part of their profiles, and the audit lines of the children read.
    expect(statements).toHaveLength(3);
    expect(statements[0]).toMatch(/left join staff_account a/);
    expect(statements[1]).toMatch(/ from child c where /);
    expect(statements[2]).toMatch(/^insert into audit_entry/);
  }
  const withReports = (await profilePage(30)).nodes.filter((node) => node.recentProgressReports.length > 0);
  expect(withReports).toHaveLength(5);
  // The two latest of three reports, newest period first.
  expect(withReports.every((node) => node.recentProgressReports.map((report) => report.periodStart).join() === '2026-09-01,2026-08-01')).toBe(true);
});

it('answers exactly what the same fields answer when each record is loaded on its own', async () => {
  const { nodes } = await profilePage(30, 3);
  // The children reached through their guardian are found by id and their parts come through the loaders.
  const throughMother = await app.request(ProfilesThroughGuardianDocument, { id: motherId, last: 3 }, supervisor.token);
  expect(throughMother.errors).toBeUndefined();
  const loaded = throughMother.data!.guardian!.children.map((link) => link.child);
  expect(loaded).toHaveLength(30);
  const byId = new Map(loaded.map((child) => [child!.id, child]));
  for (const node of nodes) expect(node).toEqual(byId.get(node.id));
});

it('leaves health needs out for a role that does not care for the child, as the loaders do', async () => {
  const operator = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  const asOperator = await app.request(ChildNeedsDocument, { id: children[0].id }, operator.token);
  expect(asOperator.errors).toBeUndefined();
  expect(asOperator.data?.child?.needs.map((need) => need.kind)).toEqual([ChildNeedKind.EDUCATION]);
  const asSupervisor = await app.request(ChildNeedsDocument, { id: children[0].id }, supervisor.token);
  expect(asSupervisor.data?.child?.needs.map((need) => need.kind)).toEqual([ChildNeedKind.EDUCATION, ChildNeedKind.HEALTH]);
});

it('reads the reports\' text only where the query shows it, also when one request asks for the same reports both ways', async () => {
  const requestId = `reports-text-${randomUUID()}`;
  const result = await app.request(ReportsWithAndWithoutTextDocument, { filter: { area: JakartaArea.JAKARTA_BARAT }, first: 30, guardianId: motherId }, supervisor.token, {
    'x-request-id': requestId,
  });
  expect(result.errors).toBeUndefined();
  const withText = new Map(result.data!.guardian!.children.map((link) => [link.child!.id, link.child!.recentProgressReports]));
  const reported = result.data!.children.nodes.filter((node) => node.recentProgressReports.length > 0);
  expect(reported).toHaveLength(5);
  for (const node of reported) {
    // The same reports both ways; the text, where asked for, is the companion's.
    expect(withText.get(node.id)?.map(({ periodStart, status }) => ({ periodStart, status }))).toEqual(node.recentProgressReports);
    expect(withText.get(node.id)?.map((report) => report.content.problems)).toEqual(['Tidak ada.', 'Tidak ada.', 'Tidak ada.']);
  }
  // The page's statement reads the columns its selection shows (the child's id travels with the child), never the text; the one for
  // children reached through the guardian reads the text, which its selection shows.
  const statements = app.statementsOf(requestId).filter((statement) => statement.includes('"profile_recent_reports_3_'));
  expect(statements).toHaveLength(2);
  const [pageStatement, guardianStatement] = statements[0].includes('r."content"') ? [statements[1], statements[0]] : statements;
  expect(pageStatement).toContain('json_build_array(null, r."period_start", r."status") from progress_report r');
  expect(pageStatement).not.toMatch(/content/);
  expect(guardianStatement).toContain('json_build_array(null, r."period_start", r."status", r."content") from progress_report r');
});

it('reads of each record on the page only the columns the query shows, the records a list points to in the same rows', async () => {
  const requestId = `profile-columns-${randomUUID()}`;
  const result = await app.request(ProfilePageDocument, { filter: { area: JakartaArea.JAKARTA_BARAT }, first: 3, last: 2 }, supervisor.token, { 'x-request-id': requestId });
  expect(result.errors).toBeUndefined();
  const [page] = app.statementsOf(requestId).filter((statement) => statement.includes(' from child c where '));
  // Guardians: the guardian the link leads to and the two fields shown, the guardian's name and phone, never the address. The
  // child's id travels once, with the child, and the guardian's as the link's key: both null in the rows.
  expect(page).toContain(
    'json_build_array(null, x."guardian_id", x."relationship", x."is_caregiver", null, t."full_name", t."phone") from child_guardian x join guardian t on t.id = x.guardian_id where x.child_id = c.id order by x.created_at, x.id',
  );
  // Needs: the kind (health needs are hidden by kind) and the status; not the description or evidence.
  expect(page).toContain('json_build_array(null, x."kind", x."status") from child_need x where x.child_id = c.id order by x.created_at, x.id');
  expect(page).not.toMatch(/address|description|evidence_note|licence/);
  // The child: the columns of the fields shown (and its name and registration time, the page's cursors), not `c.*`.
  const childColumns = page.slice('select '.length, page.indexOf(', to_json(')).split(', ');
  expect(childColumns.sort()).toEqual(
    ['id', 'created_at', 'updated_at', 'version', 'full_name', 'nickname', 'programmes', 'date_of_birth', 'date_of_birth_estimated', 'sex', 'area', 'risk_level', 'care_arrangement']
      .map((column) => `c."${column}"`)
      .sort(),
  );
  expect(page).not.toMatch(/nik|kecamatan_code|consent|custom_field_values|disability/);
  // Not asked whether a next page exists, it reads the three children and no more.
  expect(page).toMatch(/ order by c\.full_name asc, c\.id asc limit 3 \[took \d+ ms, 3 results\]$/);
  expect(page).not.toMatch(/page_position/);

  // Asked, it reads a fourth child, only to tell, without its profile's parts.
  const askingId = `profile-next-${randomUUID()}`;
  const asking = await app.request(ProfilePageWithNextDocument, { filter: { area: JakartaArea.JAKARTA_BARAT }, first: 3, last: 2 }, supervisor.token, { 'x-request-id': askingId });
  expect(asking.errors).toBeUndefined();
  expect(asking.data?.children.nodes.map((node) => node.id)).toEqual(result.data?.children.nodes.map((node) => node.id));
  expect(asking.data?.children.pageInfo.hasNextPage).toBe(true);
  const [askingPage] = app.statementsOf(askingId).filter((statement) => statement.includes(' from child c where '));
  expect(askingPage).toMatch(/ limit 4\) c order by c\.page_position \[took \d+ ms, 4 results\]$/);
  expect(askingPage.match(/case when c\.page_position <= 3 then /g)).toHaveLength(7);
});

it('reads a record again, whole, where a field needs a column the profile statement did not read', async () => {
  // The guardian is read with the child for the outer selection (id, name): the inner one, reached through
  // the guardian's children, asks for the phone as well, and gets it.
  const result = await app.request(GuardiansSeenTwoWays, { id: children[0].id }, supervisor.token);
  expect(result.errors).toBeUndefined();
  const [outer] = result.data!.child!.guardians;
  expect(outer.guardian.fullName).toMatch(/^Ibu /);
  const inner = outer.guardian.children.map((link) => link.guardian);
  expect(inner.length).toBeGreaterThan(0);
  expect(inner.every((guardian) => guardian.id === outer.guardian.id && guardian.phone === '+62 812 0000 0000')).toBe(true);
});

it('reads children found by id with the columns their fields show, and again whole where a later field needs more', async () => {
  const requestId = `child-two-ways-${randomUUID()}`;
  const result = await app.request(ChildSeenTwoWaysDocument, { id: children[0].id }, supervisor.token, { 'x-request-id': requestId });
  expect(result.errors).toBeUndefined();
  // The mother's children include this child: first read for its name only, then asked for its birth date and sex.
  const inner = result.data!.child!.guardians.flatMap((link) => link.guardian.children.map((sibling) => sibling.child!));
  expect(inner.map((child) => child.id)).toContain(children[0].id);
  const expected = new Map(children.map((child) => [child.id, { dateOfBirth: child.dateOfBirth, sex: child.sex }]));
  expect(inner.length).toBeGreaterThan(1);
  for (const child of inner) expect({ dateOfBirth: child.dateOfBirth, sex: child.sex }).toEqual(expected.get(child.id));

  const byId = app.statementsOf(requestId).filter((statement) => / from child c where .*c\.id = any\(/.test(statement));
  const ownColumns = (statement: string) => statement.slice('select '.length, statement.search(/, to_json\(|, coalesce\(|, case when| from child c/)).split(', ');
  // The child itself: its name and the keys; its siblings: the columns of the fields shown; this child again, whole.
  expect(byId.map(ownColumns).sort((first, second) => first.length - second.length)).toEqual([
    ['c.*'],
    ['c."id"', 'c."created_at"', 'c."full_name"'],
    ['c."id"', 'c."created_at"', 'c."full_name"', 'c."sex"', 'c."date_of_birth"'],
  ]);
});
