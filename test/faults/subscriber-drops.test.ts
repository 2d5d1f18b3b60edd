import type { Socket } from 'node:net';
import { openOrm, type Orm } from '../../src/orm';
import { StaffRole } from '../../src/shared/auth/roles';
import { createLogger } from '../../src/shared/logger';
import { SLOW_CONSUMER_CLOSE_CODE } from '../../src/slow-consumers';
import { createStaff, type StaffWithToken } from '../support/factories';
import { waitForOpenSubscriptions } from '../support/subscriptions';
import { createTestDatabase } from '../support/test-database';
import type { TestApp } from '../support/test-app';
import { FeedRecorder } from './support/feed-recorder';
import { startFaultServer, type FaultServer } from './support/fault-server';
import { submitReport } from './support/intake-load';

/**
 * A supervisor's feed survives a cut connection and a reader that stops reading. Events travel over
 * PostgreSQL NOTIFY here (whatever REDIS_URL says), because the test also floods that channel directly.
 */
jest.setTimeout(120_000);

let database: { url: string; drop(): Promise<void> };
let server: FaultServer;
let orm: Orm;
let supervisor: StaffWithToken;
let hotline: StaffWithToken;
const recorders: FeedRecorder[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startFaultServer(database.url, { WS_SLOW_CONSUMER_MS: '2000' });
  orm = await openOrm(database.url, server.config, createLogger('silent'), 'lindungi-test');
  const app = { orm, config: server.config, tokens: server.tokens } as unknown as TestApp;
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
  hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
});

afterAll(async () => {
  await Promise.all(recorders.map((recorder) => recorder.stop()));
  await server?.server.stop();
  await orm?.close();
  await database?.drop();
});

function recorder(options: ConstructorParameters<typeof FeedRecorder>[2] = { resume: false }): FeedRecorder {
  const feed = new FeedRecorder(() => server.webSocketUrl, supervisor.token, options);
  recorders.push(feed);
  return feed;
}

let reportNumber = 0;
async function submitReports(count: number, descriptionLength = 80): Promise<void> {
  for (let report = 0; report < count; report += 1) {
    reportNumber += 1;
    const description = `Laporan ${reportNumber}: anak terlihat sendirian di jalan. `.padEnd(descriptionLength, 'x');
    const outcome = await submitReport(
      server.url,
      { channel: 'HOTLINE_164', kind: 'CHILD_AT_RISK', area: 'JAKARTA_UTARA', description },
      { token: hotline.token, timeoutMs: 15_000 },
    );
    if (outcome.kind !== 'receipt') throw new Error(`report refused: ${JSON.stringify(outcome)}`);
  }
}

/** The sequences a supervisor without an area receives after `after`, as the database has them. */
async function sequencesAfter(after: string): Promise<string[]> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Array<{ sequence: string }>>("select sequence::text from case_event where audience = 'CASEWORK' and sequence > ? order by case_event.sequence", [after]);
  return rows.map((row) => row.sequence);
}

const sequencesOf = (feed: FeedRecorder) => feed.events.map((event) => event.sequence);

it('resumes a cut feed with exactly the events missed, in order', async () => {
  const feed = recorder();
  feed.start('0');
  await waitForOpenSubscriptions(server, 1);
  await submitReports(5);
  await feed.until((events) => events.length >= 10);

  feed.cut();
  await submitReports(5); // events keep coming while the supervisor is disconnected
  const resumed = recorder();
  resumed.start(feed.lastSequence);
  const missed = await sequencesAfter(feed.lastSequence!);
  await resumed.until((events) => events.length >= missed.length);
  await submitReports(2); // and the resumed feed is live again
  const expected = await sequencesAfter(feed.lastSequence!);
  await resumed.until((events) => events.length >= expected.length);

  const figures = { faultsInjected: 1, eventsBeforeCut: feed.events.length, eventsMissedWhileCut: missed.length, eventsExpectedAfterResume: expected.length, eventsReceivedAfterResume: resumed.events.length, eventsMissed: expected.filter((sequence) => !sequencesOf(resumed).includes(sequence)).length, duplicatesOrOutOfOrder: resumed.outOfOrder.length };
  console.log(`[faults] subscriber drop: ${JSON.stringify(figures)}`);
  expect(sequencesOf(resumed)).toEqual(expected);
  expect(resumed.outOfOrder).toEqual([]);
});

it('closes a reader that stopped reading with 4413, keeps other subscribers flowing, and the reader resumes from its sequence', async () => {
  // Enough replay (41 subscriptions x the whole feed of ~4 KB events) to fill every kernel buffer between
  // the server and a reader that does not read.
  await submitReports(60, 4000);
  const start = String(BigInt((await sequencesAfter('0'))[0]) - 1n);
  const slow = recorder({ resume: true, ballast: 40, onConnected: (socket) => (socket as unknown as { _socket: Socket })._socket.pause() });
  slow.start(start);
  const healthy = recorder();
  healthy.start(start);
  const all = await sequencesAfter(start);
  await healthy.until((events) => events.length >= all.length, 30_000, 'the whole feed (healthy subscriber)');

  // A burst of announcements while the slow reader is stalled: each subscription must hold at most one.
  await orm.em
    .fork()
    .getConnection()
    .execute(
      "select pg_notify('lindungi_events', json_build_object('topic', 'CASE_EVENT_RECORDED', 'payload', json_build_object('sequence', (select max(sequence) from case_event)::text, 'burst', n))::text) from generate_series(1, 2000) n",
    );
  await submitReports(3); // the healthy subscriber is not held up by the stalled one
  const afterBurst = await sequencesAfter(start);
  await healthy.until((events) => events.length >= afterBurst.length, 30_000, 'the events after the burst (healthy subscriber)');

  const closed = () => server.logs.some((line) => String(line.msg).includes('slow consumer'));
  for (const deadline = Date.now() + 30_000; !closed() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(closed()).toBe(true);
  // The reader reads again: it gets what was already on its way, then the close code, and resumes.
  (slow.rawSocket as unknown as { _socket: Socket })._socket.resume();
  await slow.until((events) => events.length >= afterBurst.length, 60_000, 'the whole feed after resuming (slow subscriber)');

  const figures = {
    faultsInjected: 2,
    subscriptionsOnSlowSocket: 41,
    announcementsBurst: 2000,
    slowConsumerCloseCodes: slow.closeCodes,
    slowResumptions: slow.resumptions,
    eventsExpected: afterBurst.length,
    healthyEventsMissed: afterBurst.filter((sequence) => !sequencesOf(healthy).includes(sequence)).length,
    slowEventsMissed: afterBurst.filter((sequence) => !sequencesOf(slow).includes(sequence)).length,
    duplicatesOrOutOfOrder: slow.outOfOrder.length + healthy.outOfOrder.length,
  };
  console.log(`[faults] slow consumer: ${JSON.stringify(figures)}`);
  expect(slow.closeCodes[0]).toBe(SLOW_CONSUMER_CLOSE_CODE);
  expect(sequencesOf(slow)).toEqual(afterBurst);
  expect(sequencesOf(healthy)).toEqual(afterBurst);
  expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
});
