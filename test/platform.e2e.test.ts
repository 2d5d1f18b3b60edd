import { StaffAccount } from '../src/identity/staff-account.entity';
import { StaffRole } from '../src/shared/auth/roles';
import { CreateStaffAccountDocument, IntrospectionProbeDocument, StaffAccountsDocument, TypenameDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { createTestApp, uniqueEmail, type TestApp } from './support/test-app';

let app: TestApp;
let admin: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp();
  admin = await createStaff(app, [StaffRole.ADMIN], null);
});

afterAll(() => app.stop());

const endpoint = (path: string) => new URL(path, app.url).toString();

async function postGraphQL(body: string, headers: Record<string, string>) {
  const response = await fetch(app.url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

describe('operations endpoints', () => {
  it('reports the process alive on /healthz and ready on /readyz', async () => {
    const health = await fetch(endpoint('/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const ready = await fetch(endpoint('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready while a migration is pending', async () => {
    const connection = app.orm.em.getConnection();
    const [last] = await connection.execute<Array<{ id: number; name: string; executed_at: Date }>>(
      'select * from mikro_orm_migrations order by id desc limit 1',
    );
    await connection.execute('delete from mikro_orm_migrations where id = ?', [last.id]);
    try {
      const ready = await fetch(endpoint('/readyz'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', reason: '1 database migrations are pending' });
    } finally {
      await connection.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [last.id, last.name, last.executed_at]);
    }
    expect((await fetch(endpoint('/readyz'))).status).toBe(200);
  });

  it('counts operations by name and outcome in Prometheus format on /metrics', async () => {
    await app.request(TypenameDocument);
    await app.request(StaffAccountsDocument, { first: 5 });
    const response = await fetch(endpoint('/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/lindungi_graphql_requests_total\{operation="Typename",type="query",transport="http",outcome="success"\} [1-9]/);
    expect(text).toMatch(/lindungi_graphql_requests_total\{operation="StaffAccounts",type="query",transport="http",outcome="error"\} [1-9]/);
    expect(text).toMatch(/lindungi_graphql_request_duration_seconds_count\{operation="Typename",type="query"\} [1-9]/);
    expect(text).toMatch(/^lindungi_graphql_open_subscriptions 0$/m);
  });

  it('echoes a request id so a log line can be found from a client report', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'call-164-0001' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('call-164-0001');
    const generated = await postGraphQL(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json' });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  // POST /graphql is served on Node's own request, GET through Express: both answer and log alike.
  it('answers a query sent with GET as with POST, and logs each answered request under its id', async () => {
    const posted = await postGraphQL(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', 'x-request-id': 'call-164-0002' });
    const viaGet = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'call-164-0003' } });
    expect(JSON.parse(posted.text)).toEqual({ data: { __typename: 'Query' } });
    expect(await viaGet.json()).toEqual({ data: { __typename: 'Query' } });
    expect(viaGet.headers.get('x-request-id')).toBe('call-164-0003');
    const completed = (id: string) => app.logs.find((line) => line.reqId === id && line.msg === 'request completed');
    for (let wait = 0; wait < 50 && !(completed('call-164-0002') && completed('call-164-0003')); wait += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(completed('call-164-0002')).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(completed('call-164-0003')).toMatchObject({ req: { method: 'GET' }, res: { statusCode: 200 } });
  });
});

describe('requests that are refused before anything runs', () => {
  it('refuses a CSRF-style text/plain POST of a mutation, and writes nothing', async () => {
    const email = uniqueEmail('csrf');
    const mutation = `mutation { createStaffAccount(input: { email: "${email}", displayName: "Forged", roles: [ADMIN] }) { id } }`;
    const response = await postGraphQL(JSON.stringify({ query: mutation }), {
      'content-type': 'text/plain',
      authorization: `Bearer ${admin.token}`,
    });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF/i);
    expect(await app.orm.em.fork().count(StaffAccount, { email })).toBe(0);
  });

  it('refuses batched HTTP requests', async () => {
    const response = await postGraphQL(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('"__typename"');
  });

  it('answers a malformed query with GRAPHQL_PARSE_FAILED and no internals', async () => {
    const response = await postGraphQL(JSON.stringify({ query: '{ me { id ' }), { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(response.text).not.toMatch(/stacktrace|node_modules|\.ts:/);
  });

  it('answers a body that is not JSON with 400 and no internals', async () => {
    const response = await postGraphQL('{"query": ', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0]).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('answers a query for an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(JSON.stringify({ query: '{ children { id } }' }), { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a body larger than the configured limit with 413', async () => {
    const padding = 'x'.repeat(app.config.http.bodyLimitBytes + 1);
    const response = await postGraphQL(JSON.stringify({ query: '{ __typename }', variables: { padding } }), { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ message: `The request body is larger than ${app.config.http.bodyLimitBytes} bytes.`, extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('bad input and unexpected failures', () => {
  it('names the offending field when input is invalid, and saves nothing', async () => {
    const result = await app.request(
      CreateStaffAccountDocument,
      { input: { email: 'not-an-email', displayName: 'Siti Rahmawati', roles: [StaffRole.COMPANION] } },
      admin.token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual({ email: ['email must be an e-mail address'] });
    expect(await app.orm.em.fork().count(StaffAccount, { displayName: 'Siti Rahmawati' })).toBe(0);
  });

  it('answers a duplicate e-mail address with CONFLICT and keeps the first account as it was', async () => {
    const email = uniqueEmail('duplicate');
    const first = await app.request(CreateStaffAccountDocument, { input: { email, displayName: 'Budi Santoso', roles: [StaffRole.COMPANION] } }, admin.token);
    expect(first.errors).toBeUndefined();
    const second = await app.request(
      CreateStaffAccountDocument,
      { input: { email: email.toUpperCase(), displayName: 'Another Budi', roles: [StaffRole.ADMIN] } },
      admin.token,
    );
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const stored = await app.orm.em.fork().find(StaffAccount, { email });
    expect(stored.map((account) => [account.displayName, account.roles])).toEqual([['Budi Santoso', ['COMPANION']]]);
  });

  it('refuses an administrator-only operation to other roles with FORBIDDEN', async () => {
    const companion = await createStaff(app, [StaffRole.COMPANION]);
    const result = await app.request(StaffAccountsDocument, { first: 5 }, companion.token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through staff accounts in a stable order', async () => {
    const role = StaffRole.EXPERT_ADVISOR;
    for (let index = 0; index < 3; index += 1) await createStaff(app, [role]);
    const firstPage = await app.request(StaffAccountsDocument, { first: 2, role }, admin.token);
    expect(firstPage.data?.staffAccounts.totalCount).toBe(3);
    expect(firstPage.data?.staffAccounts.nodes).toHaveLength(2);
    expect(firstPage.data?.staffAccounts.pageInfo.hasNextPage).toBe(true);
    const secondPage = await app.request(
      StaffAccountsDocument,
      { first: 2, role, after: firstPage.data?.staffAccounts.pageInfo.endCursor },
      admin.token,
    );
    expect(secondPage.data?.staffAccounts.nodes).toHaveLength(1);
    expect(secondPage.data?.staffAccounts.pageInfo.hasNextPage).toBe(false);
    const emails = [...(firstPage.data?.staffAccounts.nodes ?? []), ...(secondPage.data?.staffAccounts.nodes ?? [])].map((node) => node.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(3);
  });

  it('answers an unexpected failure with INTERNAL_SERVER_ERROR and a correlation id, and nothing internal', async () => {
    const connection = app.orm.em.getConnection();
    await connection.execute('alter table staff_account rename column email to email_broken');
    try {
      const result = await app.request(StaffAccountsDocument, { first: 5 }, admin.token);
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error.message).toBe(`Internal server error. Quote correlation id ${String(error.extensions?.correlationId)} when you report it.`);
      // Exactly this and nothing more: no SQL, no table or column names, no stack trace.
      expect(error).toEqual({
        message: error.message,
        locations: [{ line: 2, column: 3 }],
        path: ['staffAccounts'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: error.extensions?.correlationId },
      });
      expect(result.data).toBeNull();
      // ...while the log has the whole story under the same id, with the request id beside it.
      const logged = app.logs.find((line) => line.correlationId === error.extensions?.correlationId);
      expect(logged).toMatchObject({ level: 50, err: { message: expect.stringMatching(/email/) } });
      expect(logged?.reqId).toEqual(expect.any(String));
    } finally {
      await connection.execute('alter table staff_account rename column email_broken to email');
    }
  });

  it('masks a failure while signing the caller in the same way', async () => {
    const connection = app.orm.em.getConnection();
    await connection.execute('alter table staff_account rename to staff_account_broken');
    try {
      const result = await app.request(TypenameDocument, {}, admin.token);
      expect(result.status).toBe(500);
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0].extensions?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      const correlationId = String(result.errors?.[0].extensions?.correlationId);
      expect(result.errors).toEqual([
        {
          message: `Internal server error. Quote correlation id ${correlationId} when you report it.`,
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
        },
      ]);
    } finally {
      await connection.execute('alter table staff_account_broken rename to staff_account');
    }
  });
});

describe('in production', () => {
  let production: TestApp;

  beforeAll(async () => {
    production = await createTestApp({ NODE_ENV: 'production' });
  });

  afterAll(() => production.stop());

  it('refuses introspection', async () => {
    const result = await production.request(IntrospectionProbeDocument);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
    expect((await app.request(IntrospectionProbeDocument)).data?.__schema.queryType.name).toBe('Query');
  });

  it('serves no landing page', async () => {
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const developmentPage = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(await developmentPage.text()).toMatch(/<html/i);
  });

  it('does not suggest field names to a caller probing the schema', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ staffAccount { id } }' }),
    });
    expect(await response.text()).not.toMatch(/Did you mean/);
  });
});
