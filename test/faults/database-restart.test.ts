import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { openOrm, type Orm } from '../../src/orm';
import { TRY_AGAIN_LATER_CLOSE_CODE } from '../../src/websocket';
import { CaseFeedDocument } from '../operations/generated/graphql';
import { StaffRole } from '../../src/shared/auth/roles';
import { createLogger } from '../../src/shared/logger';
import { createStaff } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { waitForOpenSubscriptions } from '../support/subscriptions';
import { FeedRecorder } from './support/feed-recorder';
import { startFaultServer, type FaultServer } from './support/fault-server';
import { IntakeLoad } from './support/intake-load';
import { startOwnCluster, type OwnCluster } from './support/own-cluster';
import { reportInvariantViolations } from './support/invariants';

/**
 * PostgreSQL restarts while the public keeps submitting reports. Runs its own embedded cluster, so the
 * other test files' database is never disturbed.
 */
jest.setTimeout(180_000);

let cluster: OwnCluster;
let server: FaultServer;
let orm: Orm;

beforeAll(async () => {
  cluster = await startOwnCluster();
  server = await startFaultServer(cluster.url, { DATABASE_ACQUIRE_TIMEOUT_MS: '3000' });
  orm = await openOrm(cluster.url, server.config, createLogger('silent'), 'lindungi-test');
});

afterAll(async () => {
  await server?.server.stop();
  await orm?.close();
  await cluster?.dispose();
});

it('stays up through a database restart: retryable refusals meanwhile, then every acknowledged report stored once and the feed complete', async () => {
  const supervisor = await createStaff({ orm, config: server.config, tokens: server.tokens } as unknown as TestApp, [StaffRole.SUPERVISOR], null);
  const feed = new FeedRecorder(() => server.webSocketUrl, supervisor.token);
  feed.start('0');
  await waitForOpenSubscriptions(server, 1);

  const load = new IntakeLoad({ urls: [server.url], clients: 4, keyPrefix: 'restart', requestTimeoutMs: 15_000 });
  load.start();
  await load.receipts(20);
  const beforeOutage = load.acknowledged.length;
  await cluster.stop();
  // Reports keep coming while the database is down; they must be refused quickly, not left hanging.
  const requestsBefore = load.figures.requests;
  while (load.figures.requests < requestsBefore + 20) await new Promise((resolve) => setTimeout(resolve, 50));
  await cluster.start();
  await load.receipts(load.acknowledged.length + 20);
  await load.stop();

  // The live feed recovers: every report acknowledged, including those after the restart, arrives.
  const acknowledgedCodes = load.acknowledged.map((report) => report.trackingCode);
  await feed.until((events) => acknowledgedCodes.every((code) => events.some((event) => event.report?.trackingCode === code)), 30_000, 'every acknowledged report');
  await feed.stop();

  const em = orm.em.fork();
  const stored = await em.getConnection().execute<Array<{ idempotency_key: string; tracking_code: string }>>(
    "select idempotency_key, tracking_code from hotline_report where idempotency_key like 'restart-%'",
  );
  const storedByKey = new Map(stored.map((row) => [row.idempotency_key, row.tracking_code]));
  const lost = load.acknowledged.filter((report) => storedByKey.get(report.idempotencyKey) !== report.trackingCode);
  const duplicates = stored.length - storedByKey.size + Math.max(0, stored.length - load.acknowledged.length);
  const violations = await reportInvariantViolations(em);
  const figures = {
    ...load.figures,
    acknowledgedBeforeOutage: beforeOutage,
    faultsInjected: 1,
    acknowledgedLost: lost.length,
    duplicates,
    feedEvents: feed.events.length,
    feedEventsMissed: acknowledgedCodes.filter((code) => !feed.trackingCodes().has(code)).length,
    feedResumptions: feed.resumptions,
    feedErrorCodes: [...JSON.stringify(feed.errors).matchAll(/"code":"(\w+)"/g)].map((match) => match[1]),
    feedOutOfOrder: feed.outOfOrder.length,
    serverErrorLogLines: server.logs.filter((line) => Number(line.level) >= 50).length,
    invariantViolations: violations,
  };
  console.log(`[faults] database restart under load: ${JSON.stringify(figures)}`);

  expect(lost).toEqual([]);
  expect(duplicates).toBe(0);
  expect(load.figures.hangs).toBe(0);
  // When one slips through, the server's error lines say which error it was.
  const serverErrors = server.logs.filter((line) => Number(line.level) >= 50).map((line) => JSON.stringify(line.err ?? line.msg));
  expect({ internalErrors: load.figures.internalErrors, serverErrors: load.figures.internalErrors ? serverErrors : [] }).toEqual({ internalErrors: 0, serverErrors: [] });
  expect(load.figures.unexpected).toEqual([]);
  expect(load.figures.connectionFailures).toBe(0); // the server never went away
  expect(Object.keys(load.figures.retryableRefusals)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(feed.outOfOrder).toEqual([]);
  // The feed may end during the outage, but only with a retryable refusal; the client resumes from its sequence.
  expect(JSON.stringify(feed.errors)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(violations).toEqual([]);
  expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);
});

/** A graphql-ws client (no retries), with whether the server acknowledged it and the code it closed it with. */
function feedClient(token: string): { client: Client; acknowledged: Promise<boolean>; closeCode: Promise<number> } {
  let acknowledge!: () => void;
  let closedWith!: (code: number) => void;
  const closeCode = new Promise<number>((resolve) => (closedWith = resolve));
  const acknowledged = Promise.race([new Promise<boolean>((resolve) => (acknowledge = () => resolve(true))), closeCode.then(() => false)]);
  const client = createClient({
    url: server.webSocketUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { connected: () => acknowledge(), closed: (event) => closedWith((event as { code: number }).code) },
  });
  return { client, acknowledged, closeCode };
}

it('tells live-feed clients to try again later (1013) and HTTP clients SERVICE_UNAVAILABLE while the database is down, and serves them once it is back', async () => {
  const supervisor = await createStaff({ orm, config: server.config, tokens: server.tokens } as unknown as TestApp, [StaffRole.SUPERVISOR], null);
  const connectedBefore = feedClient(supervisor.token);
  expect(await connectedBefore.acknowledged).toBe(true);
  const consoleErrors = jest.spyOn(console, 'error');

  await cluster.stop();
  // Subscribing re-reads the account; connecting reads it too. graphql-ws clients give up after 4500.
  connectedBefore.client.subscribe({ query: print(CaseFeedDocument) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  expect(await connectedBefore.closeCode).toBe(TRY_AGAIN_LATER_CLOSE_CODE);
  expect(await feedClient(supervisor.token).closeCode).toBe(TRY_AGAIN_LATER_CLOSE_CODE);
  // Logged once as a warning in the server's JSON log, not by graphql-ws as an internal error on the console.
  expect(consoleErrors.mock.calls.map((call) => call.map(String).join(' '))).toEqual([]);
  consoleErrors.mockRestore();
  // Over HTTP the same refusal says it may be retried (the account lookup's own error, not an internal one).
  const overHttp = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor.token}` }, body: JSON.stringify({ query: '{ __typename }' }) });
  const refusal = (await overHttp.json()) as { errors?: Array<{ extensions?: { code?: string; retryable?: boolean } }> };
  expect([overHttp.status, refusal.errors?.[0]?.extensions]).toEqual([503, expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true })]);

  await cluster.start();
  // The pool may hand out a connection that died with the old server once more before it notices.
  let afterRestart = feedClient(supervisor.token);
  for (let attempt = 1; !(await afterRestart.acknowledged); attempt += 1) {
    if (attempt >= 5) throw new Error(`not acknowledged after the restart: closed with ${await afterRestart.closeCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    afterRestart = feedClient(supervisor.token);
  }
  await afterRestart.client.dispose();
});
