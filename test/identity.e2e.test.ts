import { SignJWT } from 'jose';
import { StaffAccount } from '../src/identity/staff-account.entity';
import { JakartaArea, StaffRole } from '../src/shared/auth/roles';
import {
  ChangeStaffAccountAccessDocument,
  DeactivateStaffAccountDocument,
  MeDocument,
  MyStaffAccountChangedDocument,
  ReactivateStaffAccountDocument,
  TypenameDocument,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let admin: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp();
  admin = await createStaff(app, [StaffRole.ADMIN], null);
});

afterAll(() => app.stop());

function signedToken(secret: string, claims: { sub: string; expiresAt: number; issuer?: string; audience?: string }) {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(claims.issuer ?? app.config.auth.issuer)
    .setAudience(claims.audience ?? app.config.auth.audience)
    .setIssuedAt(claims.expiresAt - 3600)
    .setExpirationTime(claims.expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('signing in over HTTP', () => {
  it('answers an anonymous caller as PUBLIC, and tells them to sign in for their profile', async () => {
    const typename = await app.request(TypenameDocument);
    expect(typename.data).toEqual({ __typename: 'Query' });

    const me = await app.request(MeDocument);
    expect(me.data).toBeNull();
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a staff member with a valid token their own account, with roles read from the database', async () => {
    const worker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_UTARA);
    const me = await app.request(MeDocument, {}, worker.token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({
      id: worker.account.id,
      email: worker.account.email,
      roles: ['SOCIAL_WORKER'],
      area: 'JAKARTA_UTARA',
      active: true,
    });
  });

  it('refuses an expired token with UNAUTHENTICATED and HTTP 401, never falling back to PUBLIC', async () => {
    const expired = await signedToken(app.config.auth.jwtSecret, { sub: admin.account.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    const typename = await app.request(TypenameDocument, {}, expired);
    expect(typename.status).toBe(401);
    expect(typename.data ?? null).toBeNull();
    expect(typename.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(typename.errors?.[0].message).toMatch(/expired/);
  });

  it.each([
    ['signed with another secret', () => signedToken('another-secret-that-is-long-enough-to-sign', { sub: admin.account.id, expiresAt: Math.floor(Date.now() / 1000) + 600 })],
    ['issued for another audience', () => signedToken(app.config.auth.jwtSecret, { sub: admin.account.id, audience: 'another-api', expiresAt: Math.floor(Date.now() / 1000) + 600 })],
    ['naming no staff account', () => signedToken(app.config.auth.jwtSecret, { sub: '00000000-0000-4000-8000-000000000000', expiresAt: Math.floor(Date.now() / 1000) + 600 })],
    ['that is not a JWT at all', async () => 'not-a-token'],
  ])('refuses a token %s with UNAUTHENTICATED', async (_label, makeToken) => {
    const result = await app.request(TypenameDocument, {}, await makeToken());
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('deactivating a staff account', () => {
  it('refuses its next HTTP request and closes its open subscription with 4403', async () => {
    const worker = await createStaff(app, [StaffRole.COMPANION]);
    let closedWith: number | undefined;
    const socket = app.webSocketClient(worker.token, (event) => (closedWith = event.code));
    const feed = subscribe(socket, MyStaffAccountChangedDocument);
    await waitForOpenSubscriptions(app, 1);

    const deactivated = await app.request(
      DeactivateStaffAccountDocument,
      { input: { staffAccountId: worker.account.id, reason: 'Left the office in November' } },
      admin.token,
    );
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data?.deactivateStaffAccount).toMatchObject({ active: false, deactivationReason: 'Left the office in November' });

    await feed.ended;
    expect(closedWith).toBe(4403);

    const me = await app.request(MeDocument, {}, worker.token);
    expect(me.status).toBe(403);
    expect(me.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(me.errors?.[0].message).toMatch(/deactivated/);

    // Reactivated, the same token works again: the database decides, not the token.
    const reactivated = await app.request(ReactivateStaffAccountDocument, { id: worker.account.id }, admin.token);
    expect(reactivated.data?.reactivateStaffAccount.active).toBe(true);
    expect((await app.request(MeDocument, {}, worker.token)).data?.me.id).toBe(worker.account.id);
  });

  it('refuses a new WebSocket connection of a deactivated account with 4403', async () => {
    const worker = await createStaff(app, [StaffRole.COMPANION]);
    await app.request(DeactivateStaffAccountDocument, { input: { staffAccountId: worker.account.id, reason: 'Contract ended' } }, admin.token);

    const closed = new Promise<number>((resolve) => app.webSocketClient(worker.token, (event) => resolve(event.code)));
    expect(await closed).toBe(4403);
  });

  it('does not let an administrator deactivate their own account', async () => {
    const result = await app.request(DeactivateStaffAccountDocument, { input: { staffAccountId: admin.account.id, reason: 'Testing myself' } }, admin.token);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    const stored = await app.orm.em.fork().findOneOrFail(StaffAccount, admin.account.id);
    expect(stored.active).toBe(true);
  });
});

describe('the WebSocket endpoint', () => {
  it('closes a connection whose token is invalid with 4401', async () => {
    const closed = new Promise<number>((resolve) => app.webSocketClient('not-a-token', (event) => resolve(event.code)));
    expect(await closed).toBe(4401);
  });

  it('refuses a staff-only subscription to an anonymous connection', async () => {
    const feed = subscribe(app.webSocketClient(), MyStaffAccountChangedDocument);
    await feed.ended;
    expect(feed.results).toHaveLength(1);
    expect(feed.results[0].data ?? null).toBeNull();
    expect(feed.results[0].errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("pushes a member's new access to their own subscription only, from the database", async () => {
    const companion = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_BARAT);
    const bystander = await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_BARAT);
    const ownFeed = subscribe(app.webSocketClient(companion.token), MyStaffAccountChangedDocument);
    const otherFeed = subscribe(app.webSocketClient(bystander.token), MyStaffAccountChangedDocument);
    await waitForOpenSubscriptions(app, 2);

    const changed = await app.request(
      ChangeStaffAccountAccessDocument,
      { input: { staffAccountId: companion.account.id, roles: [StaffRole.COMPANION, StaffRole.SUPERVISOR], area: JakartaArea.JAKARTA_SELATAN } },
      admin.token,
    );
    expect(changed.errors).toBeUndefined();

    const pushed = await ownFeed.nth(1);
    expect(pushed.data?.myStaffAccountChanged).toEqual({
      id: companion.account.id,
      roles: ['COMPANION', 'SUPERVISOR'],
      area: 'JAKARTA_SELATAN',
      active: true,
    });
    // The next request already carries the new roles.
    expect((await app.request(MeDocument, {}, companion.token)).data?.me.roles).toEqual(['COMPANION', 'SUPERVISOR']);
    expect(otherFeed.results).toHaveLength(0);

    const metrics = await (await fetch(new URL('/metrics', app.url))).text();
    expect(metrics).toMatch(/lindungi_graphql_requests_total\{operation="MyStaffAccountChanged",type="subscription",transport="ws",outcome="success"\} [1-9]/);
    expect(metrics).toMatch(/^lindungi_graphql_open_subscriptions 2$/m);
  });
});
