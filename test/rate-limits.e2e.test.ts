import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { StaffRole } from '../src/shared/auth/roles';
import { RATE_LIMITED_CLOSE_CODE } from '../src/websocket';
import { createStaff } from './support/factories';
import { JakartaArea } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/** Limits per client address on requests without a token and on refused tokens (the sign-in path). */
const transparency = parse('query Figures { transparency(year: 2015, groupBy: PROGRAMME) { year } }') as TypedDocumentNode<Record<string, unknown>, Record<string, never>>;
const me = parse('query Me { me { id } }') as TypedDocumentNode<{ me: { id: string } }, Record<string, never>>;

let app: TestApp;

beforeAll(async () => {
  // Actors are held as in production (ActorCache), for a minute so that only a refused token can end it.
  app = await createTestApp({ PUBLIC_RATE_LIMIT: '5', SIGN_IN_FAILURE_LIMIT: '3' }, { actorHoldMilliseconds: 60_000 });
});

afterAll(() => app.stop());

/**
 * Limits count in fixed windows (a minute, ten minutes) that begin on the database clock's multiples of
 * their length: a test's few requests must not straddle the start of a window, or the count begins again
 * halfway (seen once in CI). Waits, when the current window ends within 5 s, until the next one has begun.
 */
async function awayFromWindowEdge(windowSeconds: number): Promise<void> {
  const [{ now }] = await app.orm.em.getConnection().execute<Array<{ now: string }>>('select extract(epoch from now())::text as now');
  const left = windowSeconds - (Number(now) % windowSeconds);
  if (left < 5) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 200));
}

it('answers requests without a token until the address has made its share, then RATE_LIMITED with when to retry', async () => {
  await awayFromWindowEdge(60);
  const answers = [];
  for (let attempt = 0; attempt < 6; attempt += 1) answers.push(await app.request(transparency, {}));
  expect(answers.slice(0, 5).map((answer) => answer.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  expect(answers[5].status).toBe(429);
  expect(answers[5].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  expect(answers[5].errors?.[0].message).toMatch(/try again in \d+ seconds/);
});

it('refuses an address that presented too many bad tokens, before checking its next one, over HTTP and WebSocket', async () => {
  const staff = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  await awayFromWindowEdge(600);
  // Answered first, so the server holds its actor (ActorCache): the refused tokens below must end that too.
  expect((await app.request(me, {}, staff.token)).errors).toBeUndefined();
  const codes = [];
  for (let attempt = 0; attempt < 4; attempt += 1) codes.push((await app.request(me, {}, `not-a-token-${attempt}`)).errors?.[0].extensions?.code);
  expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  // Even a good token from that address waits for the window to pass: guessing gains nothing.
  const good = await app.request(me, {}, staff.token);
  expect(good.status).toBe(429);
  const closed = await new Promise<{ code: number }>((resolve) => app.webSocketClient(staff.token, resolve));
  expect(closed.code).toBe(RATE_LIMITED_CLOSE_CODE);
});

it('counts each client behind a trusted proxy by the address X-Forwarded-For names, and ignores that header otherwise', async () => {
  const proxied = await createTestApp({ PUBLIC_RATE_LIMIT: '2', TRUST_PROXY: 'true' });
  try {
    await awayFromWindowEdge(60);
    const from = (address: string) => proxied.request(transparency, {}, undefined, { 'x-forwarded-for': address });
    const answers = [await from('203.0.113.5'), await from('203.0.113.5'), await from('203.0.113.5')];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect((await from('203.0.113.6')).status).toBe(200);
  } finally {
    await proxied.stop();
  }
  // Without TRUST_PROXY the header names nobody: once the connection's address has made its share, naming another does not help.
  await awayFromWindowEdge(60);
  let answer = await app.request(transparency, {});
  for (let attempt = 0; attempt < 6 && answer.status !== 429; attempt += 1) answer = await app.request(transparency, {});
  expect(answer.status).toBe(429);
  expect((await app.request(transparency, {}, undefined, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
});
