import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, print, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { StaffRole } from '../src/shared/auth/roles';
import { operationHash } from '../src/shared/operation-allow-list';
import { createStaff, type StaffWithToken } from './support/factories';
import { JakartaArea } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/** The operation limits, asserted over HTTP and over WebSocket with the same documents. */
type Document = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

async function overHttp(app: TestApp, query: string, token?: string, variables: Record<string, unknown> = {}) {
  const result = await app.request(parse(query, { noLocation: true }) as Document, variables, token);
  return { codes: (result.errors ?? []).map((error) => error.extensions?.code), messages: (result.errors ?? []).map((error) => error.message), data: result.data };
}

/** graphql-ws runs queries too: the same document over a socket. */
async function overWebSocket(app: TestApp, query: string, token?: string, variables: Record<string, unknown> = {}) {
  const client = app.webSocketClient(token);
  const results: Array<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }> = [];
  const errors: unknown[] = [];
  await new Promise<void>((resolve) =>
    client.subscribe({ query, variables }, { next: (result) => void results.push(result), error: (error) => (errors.push(error), resolve()), complete: resolve }),
  );
  await client.dispose();
  const all = [...results.flatMap((result) => result.errors ?? []), ...errors.flatMap((error) => (Array.isArray(error) ? error : [error]))] as Array<{ message: string; extensions?: { code?: string } }>;
  return { codes: all.map((error) => error.extensions?.code), messages: all.map((error) => error.message), data: results[0]?.data };
}

const TRANSPORTS = [
  ['HTTP', overHttp],
  ['WebSocket', overWebSocket],
] as const;

describe('operation limits', () => {
  let app: TestApp;
  let supervisor: StaffWithToken;

  beforeAll(async () => {
    app = await createTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_DIRECTIVES: '2', GRAPHQL_MAX_TOKENS: '400', GRAPHQL_MAX_COST: '600' });
    supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  });

  afterAll(() => app.stop());

  const deep = '{ children(first: 1) { nodes { guardians { guardian { children { child { guardians { guardian { id } } } } } } } } }';
  const shallow = '{ children(first: 1) { nodes { guardians { guardian { id } } } } }';
  const aliased = '{ a: me { id } b: me { id } c: me { id } d: me { id } }';
  const directed = '{ me @include(if: true) { id @include(if: true) email @skip(if: false) } }';
  const huge = `{ me { ${Array.from({ length: 500 }, () => 'id').join(' ')} } }`;
  const costly = '{ children(first: 100) { nodes { guardians { guardian { id } } needs { kind } } } }';
  const cheap = '{ children(first: 5) { nodes { guardians { guardian { id } } needs { kind } } } }';

  it.each(TRANSPORTS)('refuses too deep, too many aliases, directives or tokens, and too costly pages over %s', async (_name, send) => {
    const token = supervisor.token;
    expect(await send(app, deep, token)).toMatchObject({ codes: ['GRAPHQL_VALIDATION_FAILED'], messages: [expect.stringMatching(/depth/i)] });
    expect((await send(app, shallow, token)).codes).toEqual([]);
    expect(await send(app, aliased, token)).toMatchObject({ codes: ['GRAPHQL_VALIDATION_FAILED'], messages: [expect.stringMatching(/alias/i)] });
    expect((await send(app, '{ a: me { id } b: me { id } }', token)).codes).toEqual([]);
    expect(await send(app, directed, token)).toMatchObject({ codes: ['GRAPHQL_VALIDATION_FAILED'], messages: [expect.stringMatching(/directive/i)] });
    expect(await send(app, huge, token)).toMatchObject({ codes: ['GRAPHQL_PARSE_FAILED'], messages: [expect.stringMatching(/token/i)] });
    // Page sizes multiply: 100 children with their guardians and needs is over the limit, 5 is not.
    expect(await send(app, costly, token)).toMatchObject({ codes: ['GRAPHQL_VALIDATION_FAILED'], messages: [expect.stringMatching(/too costly: \d+ against a limit of 600/)] });
    expect((await send(app, cheap, token)).codes).toEqual([]);
    // Page sizes in variables count too.
    const byVariable = 'query Page($size: Int!) { children(first: $size) { nodes { guardians { guardian { id } } needs { kind } } } }';
    expect((await send(app, byVariable, token, { size: 100 })).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await send(app, byVariable, token, { size: 5 })).codes).toEqual([]);
    // Costs are kept per document and variables: the same text asked again is judged by its page size again.
    expect((await send(app, byVariable, token, { size: 100 })).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await send(app, byVariable, token, { size: 5 })).codes).toEqual([]);
  });
});

describe('allow-list mode', () => {
  let app: TestApp;
  let supervisor: StaffWithToken;
  // As the front end's build prints it: the hash is of the exact text sent.
  const registered = print(parse('query MyAccount { me { id email } }'));

  beforeAll(async () => {
    const manifest = path.join(mkdtempSync(path.join(tmpdir(), 'lindungi-allow-')), 'operations.json');
    writeFileSync(manifest, JSON.stringify({ [operationHash(registered)]: registered }));
    app = await createTestApp({ GRAPHQL_ALLOWED_OPERATIONS_FILE: manifest });
    supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  });

  afterAll(() => app.stop());

  it.each(TRANSPORTS)('runs only the registered operations over %s', async (_name, send) => {
    expect(await send(app, registered, supervisor.token)).toMatchObject({ codes: [], data: { me: { id: supervisor.account.id } } });
    expect((await send(app, '{ me { id } }', supervisor.token)).codes).toEqual(['OPERATION_NOT_ALLOWED']);
    expect((await send(app, '{ __typename }')).codes).toEqual(['OPERATION_NOT_ALLOWED']);
  });

  it('lets a front end send the hash alone (persisted query), over HTTP and WebSocket', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: operationHash(registered) } };
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor.token}` },
      body: JSON.stringify({ operationName: 'MyAccount', extensions }),
    });
    expect(await response.json()).toEqual({ data: { me: { id: supervisor.account.id, email: supervisor.account.email } } });
    const unknown = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor.token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operationHash('{ me { id } }') } } }),
    });
    expect(((await unknown.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // Over WebSocket the hash goes in the subscribe payload's extensions, as over HTTP.
    const client = app.webSocketClient(supervisor.token);
    const results: Array<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }> = [];
    await new Promise<void>((resolve, reject) =>
      client.subscribe({ query: '', extensions } as never, { next: (result) => void results.push(result), error: reject, complete: resolve }),
    );
    expect(results[0].data).toEqual({ me: { id: supervisor.account.id, email: supervisor.account.email } });
  });
});
