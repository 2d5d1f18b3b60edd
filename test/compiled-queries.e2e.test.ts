import { StaffRole } from '../src/shared/auth/roles';
import { ChildrenDocument, CreateStaffAccountDocument, DeepProfilesDocument, StaffAccountsDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { createChild, JakartaArea } from './support/registry-factories';
import { createTestApp, uniqueEmail, type TestApp } from './support/test-app';

/**
 * Queries a client sends again and again run as code graphql-jit compiled for their document, after
 * `GRAPHQL_COMPILE_AFTER_RUNS` runs through graphql-js (src/shared/compiled-queries.ts). The rest of the
 * suite runs every query compiled from its first run; this file runs the server's default (2) and holds
 * the compiled runs to what graphql-js answered: same data, same refusals, same bad-input answers.
 */
let app: TestApp;
let supervisor: StaffWithToken;
let companion: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp({ GRAPHQL_COMPILE_AFTER_RUNS: '2' });
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA);
  companion = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_UTARA);
  for (let index = 0; index < 3; index += 1) await createChild(app, { area: JakartaArea.JAKARTA_UTARA });
});

afterAll(() => app.stop());

/** The executions counted so far, by executor, from /metrics. */
async function executions(): Promise<{ compiled: number; graphqlJs: number }> {
  const text = await (await fetch(new URL('/metrics', app.url))).text();
  const count = (executor: string) => Number(new RegExp(`^lindungi_graphql_executions_total\\{executor="${executor}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { compiled: count('compiled'), graphqlJs: count('graphql-js') };
}

it('runs a query through graphql-js twice, then compiled, with the same answers', async () => {
  const before = await executions();
  const variables = { filter: { area: JakartaArea.JAKARTA_UTARA }, first: 2 };
  const answers = [];
  for (let run = 0; run < 4; run += 1) answers.push(await app.request(ChildrenDocument, variables, supervisor.token));
  expect(answers[0].errors).toBeUndefined();
  expect(answers[0].data?.children.totalCount).toBe(3);
  expect(answers[0].data?.children.edges).toHaveLength(2);
  for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  const after = await executions();
  expect(after.graphqlJs - before.graphqlJs).toBe(2);
  expect(after.compiled - before.compiled).toBe(2);
});

it('answers bad variables of a compiled query as graphql-js does: BAD_USER_INPUT, HTTP 400, the same message', async () => {
  const good = { filter: { area: JakartaArea.JAKARTA_UTARA }, first: 1 };
  const bad = { filter: { area: 'NOT_AN_AREA' as JakartaArea }, first: 1 };
  // A document no other test sends: its first two runs go through graphql-js, the third runs compiled.
  const throughGraphqlJs = await app.request(DeepProfilesDocument, bad, supervisor.token);
  expect((await app.request(DeepProfilesDocument, good, supervisor.token)).errors).toBeUndefined();
  const before = await executions();
  const compiled = await app.request(DeepProfilesDocument, bad, supervisor.token);
  expect((await executions()).compiled - before.compiled).toBe(1);
  expect(compiled.status).toBe(400);
  expect(compiled.errors?.map((error) => [error.extensions?.code, error.message])).toEqual(throughGraphqlJs.errors?.map((error) => [error.extensions?.code, error.message]));
  expect(compiled.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(compiled.errors?.[0].message).toMatch(/^Variable "\$filter" got invalid value/);
});

it('refuses a role the same way compiled as through graphql-js', async () => {
  const answers = [];
  for (let run = 0; run < 3; run += 1) answers.push(await app.request(StaffAccountsDocument, { first: 5 }, companion.token));
  for (const answer of answers) {
    expect(answer.data).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  }
  expect(answers[2]).toEqual(answers[0]);
});

it('never compiles a mutation', async () => {
  const before = await executions();
  for (let run = 0; run < 4; run += 1) {
    const refused = await app.request(CreateStaffAccountDocument, { input: { email: uniqueEmail('compiled'), displayName: 'Siti', roles: [StaffRole.ADMIN] } }, companion.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const after = await executions();
  expect(after.graphqlJs - before.graphqlJs).toBe(4);
  expect(after.compiled - before.compiled).toBe(0);
});
