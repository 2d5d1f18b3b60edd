import { Client } from 'pg';
import { ActorCache } from '../src/identity/actor-cache';
import { StaffAccountService } from '../src/identity/staff-account.service';
import { StaffAccountChange, STAFF_ACCOUNT_CHANGED } from '../src/identity/staff-account.events';
import { startServer, type RunningServer } from '../src/server';
import { JakartaArea, StaffRole } from '../src/shared/auth/roles';
import { DomainEvents } from '../src/shared/events/domain-events';
import { createLogger } from '../src/shared/logger';
import { ChangeStaffAccountAccessDocument, StaffAccountsDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken, systemContext } from './support/factories';
import { createTestApp, requestAt, type TestApp } from './support/test-app';

/**
 * A server holds the actor of a token it checked a moment ago (`ActorCache`) instead of reading the account
 * on every request. What a user must still see: a change to an account applies to its next request, on
 * this server at once and on the others as the change's event arrives; a change made without an event
 * applies once the hold has passed; and nothing is held while changes cannot be heard. Every server here
 * holds actors for a minute unless a test says otherwise, so only the event (or its absence) explains what
 * the tests see. Access is observed through `staffAccounts`, which only administrators may list.
 */
const HOLD_FOR_A_MINUTE = 60_000;

let app: TestApp;
let admin: StaffWithToken;
const others: RunningServer[] = [];

beforeAll(async () => {
  app = await createTestApp({}, { actorHoldMilliseconds: HOLD_FOR_A_MINUTE });
  admin = await createStaff(app, [StaffRole.ADMIN], null);
});

afterAll(async () => {
  for (const server of others) await server.stop();
  await app.stop();
});

/** Another server on the same database, as a second instance would be. */
async function anotherServer(options: { actorHoldMilliseconds: number; overPostgres?: boolean }): Promise<RunningServer> {
  const config = options.overPostgres ? { ...app.config, database: { ...app.config.database, redisUrl: undefined } } : app.config;
  const server = await startServer(config, { logger: createLogger('silent'), actorHoldMilliseconds: options.actorHoldMilliseconds });
  others.push(server);
  return server;
}

/** The error code of listing staff accounts at `url` with this token (undefined: listed). */
async function listingRefusal(url: string, token: string): Promise<unknown> {
  const answer = await requestAt(url, StaffAccountsDocument, { first: 1 }, token);
  return answer.errors?.[0]?.extensions?.code;
}

/** Asks until the listing is refused (at most about 5 s); the code it was refused with, or the last answer. */
async function refusedSoon(url: string, token: string): Promise<unknown> {
  let code = await listingRefusal(url, token);
  for (let attempt = 0; attempt < 100 && code === undefined; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    code = await listingRefusal(url, token);
  }
  return code;
}

const asCompanionOnly = (member: StaffWithToken) => ({ input: { staffAccountId: member.account.id, roles: [StaffRole.COMPANION], area: JakartaArea.JAKARTA_UTARA } });

it('applies a change of access made on this server to the next request of the account, though its actor was held', async () => {
  const member = await createStaff(app, [StaffRole.ADMIN], null);
  expect(await listingRefusal(app.url, member.token)).toBeUndefined();

  const changed = await app.request(ChangeStaffAccountAccessDocument, asCompanionOnly(member), admin.token);
  expect(changed.errors).toBeUndefined();

  expect(await listingRefusal(app.url, member.token)).toBe('FORBIDDEN');
});

it('applies a change made on another server once its event arrives, long before the hold would end', async () => {
  const second = await anotherServer({ actorHoldMilliseconds: HOLD_FOR_A_MINUTE });
  const member = await createStaff(app, [StaffRole.ADMIN], null);
  expect(await listingRefusal(second.url, member.token)).toBeUndefined();

  await app.request(ChangeStaffAccountAccessDocument, asCompanionOnly(member), admin.token);

  expect(await refusedSoon(second.url, member.token)).toBe('FORBIDDEN');
});

it('applies a change made without an event (SQL by hand) once the hold has passed', async () => {
  const shortHold = await anotherServer({ actorHoldMilliseconds: 300 });
  const member = await createStaff(app, [StaffRole.ADMIN], null);
  expect(await listingRefusal(shortHold.url, member.token)).toBeUndefined();

  await app.orm.em.fork().getConnection().execute("update staff_account set roles = '{COMPANION}' where id = ?", [member.account.id]);
  await new Promise((resolve) => setTimeout(resolve, 400));

  expect(await listingRefusal(shortHold.url, member.token)).toBe('FORBIDDEN');
});

it('holds nothing while the connection that brings changes is down: a change made meanwhile applies at once', async () => {
  const listening = await anotherServer({ actorHoldMilliseconds: HOLD_FOR_A_MINUTE, overPostgres: true });
  const member = await createStaff(app, [StaffRole.ADMIN], null);
  expect(await listingRefusal(listening.url, member.token)).toBeUndefined();

  const observer = new Client({ connectionString: app.config.database.url });
  await observer.connect();
  try {
    // Every event listener on this database loses its connection (each reconnects a second later).
    const cut = await observer.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'lindungi-events'");
    expect(cut.rowCount).toBeGreaterThan(0);
    await observer.query("update staff_account set roles = '{COMPANION}' where id = $1", [member.account.id]);
  } finally {
    await observer.end();
  }

  expect(await refusedSoon(listening.url, member.token)).toBe('FORBIDDEN');
});

describe('the held actors themselves', () => {
  const actor = (staffAccountId: string) => ({ kind: 'STAFF' as const, staffAccountId, roles: [StaffRole.SUPERVISOR], area: null, institutionId: null, workerId: null });

  it('does not hold an actor read while a change was being forgotten: it may be the old one', () => {
    const actors = new ActorCache(HOLD_FOR_A_MINUTE);
    const ticket = actors.ticket();
    actors.forgetAccount('someone-else');
    actors.hold('subject', 'place', actor('account'), ticket);
    expect(actors.get('subject', 'place')).toBeUndefined();

    actors.hold('subject', 'place', actor('account'), actors.ticket());
    expect(actors.get('subject', 'place')).toMatchObject({ staffAccountId: 'account' });
    expect(actors.get('subject', 'another place')).toBeUndefined();
  });

  it('is told of a change by the service that made it, once it has committed, without waiting for the event', async () => {
    const member = await createStaff(app, [StaffRole.ADMIN], null);
    // Not watching events: only the service can make it forget.
    const actors = new ActorCache(HOLD_FOR_A_MINUTE);
    actors.hold('subject', 'place', actor(member.account.id), actors.ticket());
    await new StaffAccountService({ ...systemContext(app), actors }).changeAccess(member.account.id, { roles: [StaffRole.COMPANION], area: JakartaArea.JAKARTA_UTARA });
    expect(actors.get('subject', 'place')).toBeUndefined();
  });

  it('forgets on the events of a change and of a lost connection, and holds again once it is back', async () => {
    const events = new DomainEvents();
    const actors = new ActorCache(HOLD_FOR_A_MINUTE);
    const stop = actors.watch(events);
    try {
      actors.hold('subject', 'place', actor('account'), actors.ticket());
      events.deliver({ topic: STAFF_ACCOUNT_CHANGED, payload: { staffAccountId: 'account', change: StaffAccountChange.ACCESS_CHANGED } });
      await new Promise((resolve) => setImmediate(resolve));
      expect(actors.get('subject', 'place')).toBeUndefined();

      actors.hold('subject', 'place', actor('account'), actors.ticket());
      events.disconnected();
      expect(actors.get('subject', 'place')).toBeUndefined();
      actors.hold('subject', 'place', actor('account'), actors.ticket());
      expect(actors.get('subject', 'place')).toBeUndefined();

      events.reconnected();
      actors.hold('subject', 'place', actor('account'), actors.ticket());
      expect(actors.get('subject', 'place')).toMatchObject({ staffAccountId: 'account' });
    } finally {
      await stop();
    }
  });
});
