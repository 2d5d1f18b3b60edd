import { randomUUID } from 'node:crypto';
import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { startServer, type RunningServer } from '../src/server';
import { StaffRole } from '../src/shared/auth/roles';
import { CaseFeedDocument, HotlineReportsDocument, HotlineReportStatusDocument, SubmitHotlineReportDocument } from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { JakartaArea } from './support/registry-factories';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { openSubscriptionCount, subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let supervisor: StaffWithToken;
let auditor: StaffWithToken;
let hotline: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp({ HOTLINE_RATE_LIMIT: '6', HOTLINE_RATE_WINDOW_SECONDS: '3600' });
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], null);
  auditor = await createStaff(app, [StaffRole.AUDITOR], null);
  hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
});

afterAll(() => app.stop());

const childAtRisk = (description = 'Anak kecil tidur sendirian di kolong jembatan Kampung Melayu setiap malam') => ({
  channel: 'WEB' as const,
  kind: 'CHILD_AT_RISK' as const,
  description,
  area: JakartaArea.JAKARTA_TIMUR,
  locationDetail: 'Kolong jembatan Kampung Melayu',
  childDescription: 'Laki-laki, sekitar 8 tahun',
  reporterContact: '0812-1111-2222',
});

/** Staff reports are not rate-limited; tests use them where the rate limit is not the subject. */
const submitAsStaff = (input: ReturnType<typeof childAtRisk> | Record<string, unknown>) =>
  app.request(SubmitHotlineReportDocument, { input: input as never }, hotline.token);

describe('intake', () => {
  it("takes an anonymous report, gives a receipt and nothing else, and puts it in the supervisor's live feed", async () => {
    const open = await openSubscriptionCount(app);
    const feed = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, {});
    await waitForOpenSubscriptions(app, open + 1);

    const receipt = await app.request(SubmitHotlineReportDocument, { input: childAtRisk() });
    expect(receipt.errors).toBeUndefined();
    expect(Object.keys(receipt.data?.submitHotlineReport ?? {}).sort()).toEqual(['receivedAt', 'trackingCode']);
    const trackingCode = receipt.data!.submitHotlineReport.trackingCode;
    expect(trackingCode).toMatch(/^LND-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const [received, opened] = [await feed.nth(1), await feed.nth(2)];
    expect(received.data?.caseFeed).toMatchObject({
      kind: 'REPORT_RECEIVED',
      audience: 'CASEWORK',
      area: 'JAKARTA_TIMUR',
      report: { trackingCode, kind: 'CHILD_AT_RISK', reporterContact: '0812-1111-2222' },
    });
    expect(opened.data?.caseFeed).toMatchObject({ kind: 'CASE_OPENED', protectionCase: { status: 'NEW', caseNumber: expect.stringMatching(/^PC-\d{4}-\d{6}$/) } });
    expect(BigInt(opened.data!.caseFeed.sequence)).toBeGreaterThan(BigInt(received.data!.caseFeed.sequence));

    const status = await app.request(HotlineReportStatusDocument, { trackingCode: trackingCode.toLowerCase() });
    expect(status.data?.hotlineReportStatus).toEqual({ trackingCode, status: 'RECEIVED' });
    expect((await app.request(HotlineReportStatusDocument, { trackingCode: 'LND-0000-0000' })).data?.hotlineReportStatus).toBeNull();
  });

  it('returns the same receipt for a retry with the same key, and refuses the key for another report', async () => {
    const idempotencyKey = `retry-${randomUUID()}`;
    const first = await submitAsStaff({ ...childAtRisk(), idempotencyKey });
    const retry = await submitAsStaff({ ...childAtRisk(), idempotencyKey });
    expect(retry.data?.submitHotlineReport).toEqual(first.data?.submitHotlineReport);
    expect(await app.orm.em.fork().count(HotlineReport, { idempotencyKey })).toBe(1);

    const other = await submitAsStaff({ ...childAtRisk('Seorang anak perempuan mengemis sendirian di lampu merah Cawang'), idempotencyKey });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await app.orm.em.fork().count(HotlineReport, { idempotencyKey })).toBe(1);
  });

  it('refuses oversized input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await app.orm.em.fork().count(HotlineReport, {});
    const result = await submitAsStaff(childAtRisk('x'.repeat(4001)));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { description: ['description must be 10 to 4000 characters'] } });
    expect(await app.orm.em.fork().count(HotlineReport, {})).toBe(before);
  });

  it('rate-limits anonymous reports per address with a clear error, but not staff taking calls', async () => {
    const results = [];
    for (let index = 0; index < 6; index += 1) results.push(await app.request(SubmitHotlineReportDocument, { input: childAtRisk() }));
    const refused = results.find((result) => result.errors);
    expect(refused?.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused?.errors?.[0].message).toMatch(/^Too many requests from your address: try again in \d+ seconds\.$/);
    expect((await submitAsStaff(childAtRisk())).errors).toBeUndefined();
  });
});

describe('routing and the live feed', () => {
  it('sends a FUND_MISUSE report to auditors only, never to a supervisor subscribed to everything', async () => {
    const open = await openSubscriptionCount(app);
    const supervisorFeed = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, {});
    const auditorFeed = subscribe(app.webSocketClient(auditor.token), CaseFeedDocument, {});
    await waitForOpenSubscriptions(app, open + 2);

    const complaint = await submitAsStaff({ channel: 'HOTLINE_164', kind: 'FUND_MISUSE', description: 'Dana bantuan anak di LKSA dipotong oleh pengurus setiap bulan' });
    const childReport = await submitAsStaff(childAtRisk());
    const auditorEvent = await auditorFeed.nth(1);
    expect(auditorEvent.data?.caseFeed).toMatchObject({ audience: 'OVERSIGHT', reportKind: 'FUND_MISUSE', report: { trackingCode: complaint.data?.submitHotlineReport.trackingCode } });

    // The supervisor's feed moves on to the child report; the complaint never appears in it.
    const supervisorEvent = await supervisorFeed.nth(1);
    expect(supervisorEvent.data?.caseFeed.report?.trackingCode).toBe(childReport.data?.submitHotlineReport.trackingCode);
    await supervisorFeed.nth(2);
    expect(supervisorFeed.results.map((result) => result.data?.caseFeed.reportKind)).toEqual(['CHILD_AT_RISK', 'CHILD_AT_RISK']);
    expect(auditorFeed.results.map((result) => result.data?.caseFeed.reportKind)).toEqual(['FUND_MISUSE']);
  });

  it('lists complaints to auditors only, and reports of children at risk to casework staff', async () => {
    const kindsFor = async (who: StaffWithToken) => {
      const kinds = new Set<string>();
      let after: string | null | undefined;
      do {
        const page = (await app.request(HotlineReportsDocument, { first: 3, after }, who.token)).data?.hotlineReports;
        page?.edges.forEach((edge) => kinds.add(edge.node.kind));
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
      return [...kinds].sort();
    };
    expect(await kindsFor(auditor)).toEqual(['FUND_MISUSE']);
    expect(await kindsFor(supervisor)).toEqual(['CHILD_AT_RISK']);
    expect(await kindsFor(hotline)).toEqual(['CHILD_AT_RISK']);
    const companion = await createStaff(app, [StaffRole.COMPANION]);
    expect((await app.request(HotlineReportsDocument, { first: 3 }, companion.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('resumes after a disconnect with every missed event, no gap and no duplicate', async () => {
    const areaSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
    const firstSocket = app.webSocketClient(areaSupervisor.token);
    const open = await openSubscriptionCount(app);
    const before = subscribe(firstSocket, CaseFeedDocument, {});
    await waitForOpenSubscriptions(app, open + 1);
    await submitAsStaff(childAtRisk());
    const lastSeen = (await before.nth(2)).data!.caseFeed.sequence;
    await firstSocket.dispose();

    const missed = [await submitAsStaff(childAtRisk()), await submitAsStaff({ ...childAtRisk(), area: JakartaArea.JAKARTA_BARAT }), await submitAsStaff(childAtRisk())];
    const resumed = subscribe(app.webSocketClient(areaSupervisor.token), CaseFeedDocument, { afterSequence: lastSeen });
    await resumed.nth(4);
    const live = await submitAsStaff(childAtRisk());
    await resumed.nth(6);

    const sequences = resumed.results.map((result) => BigInt(result.data!.caseFeed.sequence));
    expect(sequences.every((sequence, index) => sequence > BigInt(lastSeen) && (index === 0 || sequence > sequences[index - 1]))).toBe(true);
    // The Jakarta Barat report is outside this supervisor's area: two events each for the three others.
    expect(resumed.results.filter((result) => result.data?.caseFeed.kind === 'REPORT_RECEIVED').map((result) => result.data?.caseFeed.report?.trackingCode)).toEqual([
      missed[0].data?.submitHotlineReport.trackingCode,
      missed[2].data?.submitHotlineReport.trackingCode,
      live.data?.submitHotlineReport.trackingCode,
    ]);
    expect(resumed.results).toHaveLength(6);
  });

  it('gives a subscriber who asks for new cases only the CASE_OPENED events, live and when resuming', async () => {
    const open = await openSubscriptionCount(app);
    const everything = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, {});
    const newCases = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, { kinds: ['CASE_OPENED'] });
    await waitForOpenSubscriptions(app, open + 2);

    const reports = [await submitAsStaff(childAtRisk()), await submitAsStaff(childAtRisk())].map((receipt) => receipt.data?.submitHotlineReport.trackingCode);
    await everything.nth(4);
    await newCases.nth(2);
    const kindAndReport = (results: typeof everything.results) => results.map((result) => [result.data?.caseFeed.kind, result.data?.caseFeed.report?.trackingCode]);
    expect(kindAndReport(everything.results)).toEqual([
      ['REPORT_RECEIVED', reports[0]],
      ['CASE_OPENED', reports[0]],
      ['REPORT_RECEIVED', reports[1]],
      ['CASE_OPENED', reports[1]],
    ]);
    expect(kindAndReport(newCases.results)).toEqual([
      ['CASE_OPENED', reports[0]],
      ['CASE_OPENED', reports[1]],
    ]);

    // Resuming after the first report's REPORT_RECEIVED replays its case and the next one, not the report between.
    const resumed = subscribe(app.webSocketClient(supervisor.token), CaseFeedDocument, { kinds: ['CASE_OPENED'], afterSequence: everything.results[0].data!.caseFeed.sequence });
    await resumed.nth(2);
    expect(kindAndReport(resumed.results)).toEqual(kindAndReport(newCases.results));
  });

  const transports: Array<[string, string | undefined]> = [['PostgreSQL NOTIFY', undefined]];
  if (process.env.REDIS_URL) transports.push(['Redis', process.env.REDIS_URL]);

  it.each(transports)('delivers events between two server instances on one database, both ways, over %s', async (_transport, redisUrl) => {
    const config = { ...app.config, database: { ...app.config.database, redisUrl } };
    const [first, second] = [await startServer(config), await startServer(config)];
    const clients: Array<ReturnType<typeof createClient>> = [];
    try {
      const feedOn = async (server: RunningServer) => {
        const open = await openSubscriptionCount({ url: server.url });
        const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${supervisor.token}` }, lazy: false, retryAttempts: 0 });
        clients.push(client);
        const feed = subscribe(client, CaseFeedDocument, {});
        await waitForOpenSubscriptions({ url: server.url }, open + 1);
        return feed;
      };
      const submitOn = async (server: RunningServer) => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${hotline.token}` },
          body: JSON.stringify({ query: print(SubmitHotlineReportDocument), variables: { input: childAtRisk() } }),
        });
        return ((await response.json()) as { data: { submitHotlineReport: { trackingCode: string } } }).data.submitHotlineReport.trackingCode;
      };
      const [feedOnFirst, feedOnSecond] = [await feedOn(first), await feedOn(second)];
      const madeOnFirst = await submitOn(first);
      expect((await feedOnSecond.nth(1)).data?.caseFeed.report?.trackingCode).toBe(madeOnFirst);
      const madeOnSecond = await submitOn(second);
      expect((await feedOnFirst.nth(3)).data?.caseFeed.report?.trackingCode).toBe(madeOnSecond);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      await first.stop();
      await second.stop();
    }
  });
});
