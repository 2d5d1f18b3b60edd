import { randomBytes } from 'node:crypto';
import { openOrm, type Orm } from '../../src/orm';
import { StaffRole } from '../../src/shared/auth/roles';
import { createLogger } from '../../src/shared/logger';
import { createStaff } from '../support/factories';
import { waitForOpenSubscriptions } from '../support/subscriptions';
import { createTestDatabase } from '../support/test-database';
import type { TestApp } from '../support/test-app';
import { startChildServer, type ChildServer } from './support/child-server';
import { FeedRecorder } from './support/feed-recorder';
import { startFaultServer, type FaultServer } from './support/fault-server';
import { IntakeLoad, submitReport } from './support/intake-load';
import { MoneyLoad } from './support/money-load';
import { createWorker, JakartaArea, WorkerKind } from '../support/registry-factories';
import { reportInvariantViolations } from './support/invariants';

/**
 * Two instances on one database; the one taking the traffic is SIGKILLed mid-stream. Clients fail over
 * to the survivor, whose subscribers miss nothing; the killed one, started again, finds no half-written
 * record and answers retried idempotency keys with the original receipts.
 */
jest.setTimeout(180_000);

const jwtSecret = randomBytes(32).toString('hex');
// Both instances use the same event transport as the rest of the suite (Redis when REDIS_URL is set).
const environment: Record<string, string> = { JWT_SECRET: jwtSecret, HOTLINE_RATE_LIMIT: '100000', PUBLIC_RATE_LIMIT: '1000000', OVERDUE_DETECTION_SCHEDULE: 'off', RETENTION_SCHEDULE: 'off', ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) };
let database: { url: string; drop(): Promise<void> };
let survivor: FaultServer;
let orm: Orm;
const children: ChildServer[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  survivor = await startFaultServer(database.url, environment, jwtSecret);
  orm = await openOrm(database.url, survivor.config, createLogger('silent'), 'lindungi-test');
});

afterAll(async () => {
  for (const child of children) if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGTERM');
  await Promise.all(children.map((child) => child.exited));
  await survivor?.server.stop();
  await orm?.close();
  await database?.drop();
});

it('loses nothing when the instance taking reports is killed: failover, original receipts on retry, no half-written records', async () => {
  const app = { orm, config: survivor.config, tokens: survivor.tokens } as unknown as TestApp;
  const supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
  const socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  const companion = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  const doomed = await startChildServer({ ...environment, DATABASE_URL: database.url });
  children.push(doomed);
  const feed = new FeedRecorder(() => survivor.webSocketUrl, supervisor.token);
  feed.start('0');
  await waitForOpenSubscriptions(survivor, 1);

  const load = new IntakeLoad({ urls: [doomed.url, survivor.url], clients: 4, keyPrefix: 'killed' });
  const money = new MoneyLoad(app, [doomed.url, survivor.url], { socialWorker: socialWorker.token, supervisor: supervisor.token }, companion);
  load.start();
  money.start();
  await load.receipts(30);
  const acknowledgedByDoomed = load.acknowledged.length;
  doomed.process.kill('SIGKILL');
  await doomed.exited;
  await load.receipts(acknowledgedByDoomed + 30);
  await Promise.all([load.stop(), money.stop()]);

  const acknowledgedCodes = load.acknowledged.map((report) => report.trackingCode);
  await feed.until((events) => acknowledgedCodes.every((code) => events.some((event) => event.report?.trackingCode === code)), 30_000, 'every acknowledged report');
  await feed.stop();

  // The killed instance comes back; every client retries with its key and gets its original receipt.
  const restarted = await startChildServer({ ...environment, DATABASE_URL: database.url });
  children.push(restarted);
  let differentReceipts = 0;
  for (const report of load.acknowledged) {
    const retry = await submitReport(restarted.url, report.input, { timeoutMs: 15_000 });
    if (retry.kind !== 'receipt' || retry.trackingCode !== report.trackingCode) differentReceipts += 1;
  }

  const em = orm.em.fork();
  const stored = await em.getConnection().execute<Array<{ idempotency_key: string; tracking_code: string }>>(
    "select idempotency_key, tracking_code from hotline_report where idempotency_key like 'killed-%'",
  );
  const storedByKey = new Map(stored.map((row) => [row.idempotency_key, row.tracking_code]));
  const lost = load.acknowledged.filter((report) => storedByKey.get(report.idempotencyKey) !== report.trackingCode).length;
  const violations = await reportInvariantViolations(em);
  const figures = {
    ...load.figures,
    money: money.figures,
    ledgerEntries: Number((await em.getConnection().execute<Array<{ count: string }>>('select count(*) from ledger_entry'))[0].count),
    faultsInjected: 1,
    acknowledgedBeforeKill: acknowledgedByDoomed,
    acknowledgedLost: lost,
    storedWithoutReceipt: stored.length - load.acknowledged.length,
    retriedAfterRestart: load.acknowledged.length,
    differentReceipts,
    survivorFeedEvents: feed.events.length,
    survivorFeedEventsMissed: acknowledgedCodes.filter((code) => !feed.trackingCodes().has(code)).length,
    feedOutOfOrder: feed.outOfOrder.length,
    invariantViolations: violations,
  };
  console.log(`[faults] instance killed mid-traffic: ${JSON.stringify(figures)}`);

  expect(load.figures.connectionFailures).toBeGreaterThan(0); // the clients did fail over
  expect(lost).toBe(0);
  expect(differentReceipts).toBe(0);
  expect(violations).toEqual([]);
  expect(load.figures.internalErrors).toBe(0);
  expect(load.figures.hangs).toBe(0);
  expect(load.figures.unexpected).toEqual([]);
  expect(feed.outOfOrder).toEqual([]);
  expect(money.figures.unexpected).toEqual([]);
  expect(money.figures.paymentsAcknowledged).toBeGreaterThan(0);
  expect(figures.ledgerEntries).toBeGreaterThanOrEqual(money.figures.paymentsAcknowledged); // no acknowledged payment lost
  // A report whose receipt was lost with the killed instance is stored once: its retry returned it.
  expect(stored.length).toBe(load.acknowledged.length);
});
