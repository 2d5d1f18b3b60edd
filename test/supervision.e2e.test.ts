import type ICALNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { todayInJakarta } from '../src/children/child.service';
import { addDays, periodContaining } from '../src/progress-reports/reporting-schedule';
import { randomUUID } from 'node:crypto';
import { HotlineReport } from '../src/hotline/hotline-report.entity';
import { StaffRole } from '../src/shared/auth/roles';
import { jakartaDate } from '../src/shared/jakarta-date';
import type { Child } from '../src/children/child.entity';
import type { Worker } from '../src/workers/worker.entity';
import {
  AidGrantDocument,
  ApproveAidGrantDocument,
  CancelSupervisionSessionDocument,
  ChildTimelineDocument,
  CompleteSupervisionFollowUpDocument,
  ConfirmSupervisionSessionDocument,
  ExpertAvailabilityDocument,
  ExpertChildrenDocument,
  IssueCalendarTokenDocument,
  MarkSupervisionSessionNoShowDocument,
  type MySupervisionSessionsSubscription,
  MySupervisionSessionsDocument,
  OverdueFollowUpsDocument,
  OverdueFollowUpsNestedDocument,
  ProposeAidGrantDocument,
  PublishExpertAvailabilityDocument,
  RecordSpotCheckOutcomeDocument,
  RecordSupervisionSessionOutcomeDocument,
  RequestSupervisionSessionDocument,
  ReviewProgressReportDocument,
  SaveProgressReportDraftDocument,
  StartSpotCheckDocument,
  SubmitHotlineReportDocument,
  SubmitProgressReportDocument,
  SupervisionCoverageDocument,
  SupervisionSessionDocument,
  type RequestSupervisionSessionInput,
  type SupervisionSessionFieldsFragment,
} from './operations/generated/graphql';
import { createStaff, type StaffWithToken } from './support/factories';
import { assignCompanion, CareArrangement, createChild, createWorker, JakartaArea, WorkerKind } from './support/registry-factories';
import { subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp, type TestApp } from './support/test-app';

// ical.js ships ESM with a CommonJS build: jest (CommonJS) loads the latter.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALNamespace;

/**
 * Expert supervision sessions (DOMAIN.md promise 8) and spot checks (promise 5). Each test has its own
 * expert and its own days in 2027, so bookings of different tests never overlap.
 */
let app: TestApp;
let supervisor: StaffWithToken;

beforeAll(async () => {
  app = await createTestApp({}, { logLevel: 'debug' }); // debug: the SQL of each request is logged and counted
  supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
});

afterAll(() => app.stop());

interface Person {
  worker: Worker;
  staff: StaffWithToken;
}

async function newExpert(): Promise<Person> {
  const worker = await createWorker(app, WorkerKind.EXPERT_ADVISOR, JakartaArea.JAKARTA_TIMUR);
  return { worker, staff: await createStaff(app, [StaffRole.EXPERT_ADVISOR], null, { workerId: worker.id }) };
}

async function newCompanion(): Promise<Person> {
  const worker = await createWorker(app, WorkerKind.COMPANION, JakartaArea.JAKARTA_TIMUR);
  return { worker, staff: await createStaff(app, [StaffRole.COMPANION], JakartaArea.JAKARTA_TIMUR, { workerId: worker.id }) };
}

async function childOf(companion: Person, careArrangement?: CareArrangement): Promise<Child> {
  const child = await createChild(app, { area: JakartaArea.JAKARTA_TIMUR, careArrangement });
  await assignCompanion(app, child, companion.worker);
  return child;
}

/** A one-off slot of the expert on `date`, 09:00 to 17:00 Asia/Jakarta. */
async function openDay(expert: Person, date: string): Promise<void> {
  const published = await app.request(
    PublishExpertAvailabilityDocument,
    { input: { recurrence: 'ONE_OFF', date, startTime: '09:00', endTime: '17:00' } },
    expert.staff.token,
  );
  expect(published.errors).toBeUndefined();
}

function sessionInput(expert: Person, date: string, from: string, to: string, extra: Partial<RequestSupervisionSessionInput> = {}): RequestSupervisionSessionInput {
  return {
    expertId: expert.worker.id,
    kind: 'INDIVIDUAL',
    topic: 'Pendampingan anak jalanan',
    startsAt: `${date}T${from}:00+07:00`,
    endsAt: `${date}T${to}:00+07:00`,
    place: 'Kantor Dinas Sosial, Jl. Gunung Sahari',
    ...extra,
  };
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * A confirmed session of a new all-day-available expert that starts in a second and lasts a minute, so that
 * its outcome can be recorded (outcomes are refused before the start). It never spans Asia/Jakarta midnight,
 * where slots end: near it, the helper waits for the new day.
 */
async function sessionStartingNow(requesterToken: string, extra: Partial<RequestSupervisionSessionInput> = {}): Promise<{ expert: Person; session: SupervisionSessionFieldsFragment }> {
  const expert = await newExpert();
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    await app.request(PublishExpertAvailabilityDocument, { input: { recurrence: 'WEEKLY', weekday, startTime: '00:00', endTime: '24:00' } }, expert.staff.token);
  }
  let startsAt = new Date(Date.now() + 1000);
  if (jakartaDate(startsAt) !== jakartaDate(new Date(startsAt.getTime() + 61_000))) {
    await sleep(62_000);
    startsAt = new Date(Date.now() + 1000);
  }
  const input = { ...sessionInput(expert, '', '', ''), startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 60_000).toISOString(), ...extra };
  const requested = await app.request(RequestSupervisionSessionDocument, { input }, requesterToken);
  expect(requested.errors).toBeUndefined();
  const session = requested.data!.requestSupervisionSession;
  expect((await app.request(ConfirmSupervisionSessionDocument, { sessionId: session.id }, expert.staff.token)).errors).toBeUndefined();
  await sleep(Math.max(0, startsAt.getTime() - Date.now() + 50));
  return { expert, session };
}

async function confirmedSession(expert: Person, requester: Person, date: string, extra: Partial<RequestSupervisionSessionInput> = {}): Promise<string> {
  await openDay(expert, date);
  const requested = await app.request(RequestSupervisionSessionDocument, { input: sessionInput(expert, date, '10:00', '11:30', extra) }, requester.staff.token);
  expect(requested.errors).toBeUndefined();
  const sessionId = requested.data!.requestSupervisionSession.id;
  const confirmed = await app.request(ConfirmSupervisionSessionDocument, { sessionId }, expert.staff.token);
  expect(confirmed.errors).toBeUndefined();
  return sessionId;
}

test('an expert publishes weekly and one-off slots, and a companion books a session inside one', async () => {
  const expert = await newExpert();
  const companion = await newCompanion();
  const weekly = await app.request(PublishExpertAvailabilityDocument, { input: { recurrence: 'WEEKLY', weekday: 1, startTime: '09:00', endTime: '12:00' } }, expert.staff.token);
  expect(weekly.data?.publishExpertAvailability).toMatchObject({ recurrence: 'WEEKLY', weekday: 1, startTime: '09:00', endTime: '12:00', expert: { id: expert.worker.id } });
  await openDay(expert, '2027-02-03');
  const slots = await app.request(ExpertAvailabilityDocument, { expertId: expert.worker.id }, companion.staff.token);
  expect(slots.data?.expertAvailability.map((slot) => [slot.recurrence, slot.weekday ?? slot.date])).toEqual([
    ['WEEKLY', 1],
    ['ONE_OFF', '2027-02-03'],
  ]);

  // 2027-03-01 is a Monday: 10:00 to 11:00 in Jakarta lies in the weekly slot; 11:30 to 12:30 does not.
  const outside = await app.request(RequestSupervisionSessionDocument, { input: sessionInput(expert, '2027-03-01', '11:30', '12:30') }, companion.staff.token);
  expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
  const booked = await app.request(
    RequestSupervisionSessionDocument,
    { input: sessionInput(expert, '2027-03-01', '10:00', '11:00', { communityMembers: [{ name: 'Pak RT Suryadi', contact: '+62 812 1111 2222' }] }) },
    companion.staff.token,
  );
  expect(booked.errors).toBeUndefined();
  const session = booked.data!.requestSupervisionSession;
  expect(session).toMatchObject({ status: 'PROPOSED', startsAt: '2027-03-01T03:00:00.000Z', endsAt: '2027-03-01T04:00:00.000Z', expert: { id: expert.worker.id }, area: 'JAKARTA_TIMUR' });
  // The companion who asked takes part, beside the community member.
  expect(session.participants.map((participant) => participant.worker?.id ?? participant.communityName).sort()).toEqual([companion.worker.id, 'Pak RT Suryadi'].sort());

  // The expert sees it and confirms; an outsider companion does not see it.
  const outsider = await newCompanion();
  expect((await app.request(SupervisionSessionDocument, { id: session.id }, outsider.staff.token)).data?.supervisionSession).toBeNull();
  const byOther = await app.request(ConfirmSupervisionSessionDocument, { sessionId: session.id }, (await newExpert()).staff.token);
  expect(byOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const confirmed = await app.request(ConfirmSupervisionSessionDocument, { sessionId: session.id }, expert.staff.token);
  expect(confirmed.data?.confirmSupervisionSession.status).toBe('CONFIRMED');
});

test('requests for one slot at once: one wins, the others are CONFLICT, and the database refuses an overlapping booking itself', async () => {
  const expert = await newExpert();
  const companions = [await newCompanion(), await newCompanion(), await newCompanion(), await newCompanion()];
  await openDay(expert, '2027-03-02');
  // Four companions ask for overlapping times of one expert at the same moment.
  const results = await Promise.all(
    companions.map((companion, index) =>
      app.request(RequestSupervisionSessionDocument, { input: sessionInput(expert, '2027-03-02', index % 2 ? '10:30' : '10:00', index % 2 ? '11:30' : '11:00') }, companion.staff.token),
    ),
  );
  const outcomes = results.map((result) => (result.errors ? result.errors[0].extensions?.code : 'OK')).sort();
  expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  const winnerIndex = results.findIndex((result) => !result.errors);
  const winner = results[winnerIndex].data!.requestSupervisionSession;
  const bookings = await app.orm.em.getConnection().execute<Array<{ count: string }>>(
    'select count(*) as count from supervision_booking where person_id = ? and active',
    [expert.worker.id],
  );
  expect(Number(bookings[0].count)).toBe(1);

  // A participant cannot be in two overlapping sessions either, with another expert.
  const otherExpert = await newExpert();
  await openDay(otherExpert, '2027-03-02');
  const winnerCompanion = companions[winnerIndex];
  const doubled = await app.request(RequestSupervisionSessionDocument, { input: sessionInput(otherExpert, '2027-03-02', '10:45', '11:15') }, winnerCompanion.staff.token);
  expect(doubled.errors?.[0].extensions?.code).toBe('CONFLICT');

  // Bypassing the code: PostgreSQL itself refuses an overlapping active booking (exclusion_violation, 23P01).
  const connection = app.orm.em.getConnection();
  await expect(
    connection.execute(
      `insert into supervision_booking (id, session_id, person_id, starts_at, ends_at) values (gen_random_uuid(), ?, ?, '2027-03-02T10:59:00+07:00', '2027-03-02T12:00:00+07:00')`,
      [winner.id, expert.worker.id],
    ),
  ).rejects.toMatchObject({ code: '23P01' });
  // Back to back is fine: ranges are half-open.
  await connection.execute(
    `insert into supervision_booking (id, session_id, person_id, starts_at, ends_at, active) values (gen_random_uuid(), ?, ?, '2027-03-02T11:00:00+07:00', '2027-03-02T12:00:00+07:00', false)`,
    [winner.id, expert.worker.id],
  );

  // Cancelling frees the time.
  const cancelled = await app.request(CancelSupervisionSessionDocument, { sessionId: winner.id, reason: 'Pakar sakit.' }, expert.staff.token);
  expect(cancelled.data?.cancelSupervisionSession).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Pakar sakit.' });
  const again = await app.request(RequestSupervisionSessionDocument, { input: sessionInput(expert, '2027-03-02', '10:30', '11:30') }, companions[(winnerIndex + 1) % 4].staff.token);
  expect(again.errors).toBeUndefined();
});

test("the expert's confirmation is pushed to a participant's subscription", async () => {
  const expert = await newExpert();
  const companion = await newCompanion();
  await openDay(expert, '2027-03-03');
  // The supervisor requests two sessions: one with another companion, one with this companion.
  const other = await newCompanion();
  const requested = await app.request(
    RequestSupervisionSessionDocument,
    { input: sessionInput(expert, '2027-03-03', '13:00', '14:00', { participantWorkerIds: [other.worker.id] }) },
    supervisor.token,
  );
  expect(requested.errors).toBeUndefined();
  const sessionId = requested.data!.requestSupervisionSession.id;
  const participantSession = await app.request(
    RequestSupervisionSessionDocument,
    { input: sessionInput(expert, '2027-03-03', '14:00', '15:00', { kind: 'GROUP', participantWorkerIds: [companion.worker.id] }) },
    supervisor.token,
  );
  expect(participantSession.errors).toBeUndefined();
  const theirs = participantSession.data!.requestSupervisionSession.id;

  const feed = subscribe(app.webSocketClient(companion.staff.token), MySupervisionSessionsDocument, {});
  await waitForOpenSubscriptions(app, 1);
  await app.request(ConfirmSupervisionSessionDocument, { sessionId }, expert.staff.token); // not the companion's
  await app.request(ConfirmSupervisionSessionDocument, { sessionId: theirs }, expert.staff.token);
  const pushed = await feed.nth(1);
  expect(pushed.errors).toBeUndefined();
  expect(pushed.data?.mySupervisionSessions).toMatchObject({ change: 'CONFIRMED', session: { id: theirs, status: 'CONFIRMED' } });

  // Resuming from 0 replays what they may see: the request, then the confirmation.
  const replay = subscribe(app.webSocketClient(companion.staff.token), MySupervisionSessionsDocument, { afterSequence: '0' });
  const replayed: Array<MySupervisionSessionsSubscription['mySupervisionSessions']> = [(await replay.nth(1)).data!.mySupervisionSessions, (await replay.nth(2)).data!.mySupervisionSessions];
  expect(replayed.map((update) => [update.change, update.session?.id])).toEqual([
    ['REQUESTED', theirs],
    ['CONFIRMED', theirs],
  ]);
  expect(feed.results).toHaveLength(1);
});

test('the calendar export parses as iCalendar and holds the session times in Asia/Jakarta', async () => {
  const expert = await newExpert();
  const companion = await newCompanion();
  const sessionId = await confirmedSession(expert, companion, '2027-03-04', { onlineLink: 'https://meet.example.org/lindungi-abc' });
  const issued = await app.request(IssueCalendarTokenDocument, {}, companion.staff.token);
  expect(issued.errors).toBeUndefined();
  const { path } = issued.data!.issueCalendarToken;

  const response = await fetch(new URL(path, app.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
  expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Asia/Jakarta');
  // As a calendar client does: the calendar's own VTIMEZONE says what Asia/Jakarta means.
  ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events).toHaveLength(1);
  const [event] = events;
  expect(event.uid).toBe(`${sessionId}@lindungi`);
  expect(event.startDate.zone?.tzid).toBe('Asia/Jakarta');
  expect([event.startDate.toString(), event.endDate.toString()]).toEqual(['2027-03-04T10:00:00', '2027-03-04T11:30:00']);
  expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-04T03:00:00.000Z');
  expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-04T04:30:00.000Z');
  expect(event.location).toBe('Kantor Dinas Sosial, Jl. Gunung Sahari');
  expect(text).toContain('STATUS:CONFIRMED');
  expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m); // RFC 5545: DTSTAMP in UTC
  expect(text).toContain('DTSTART;TZID=Asia/Jakarta:20270304T100000');

  // The expert's calendar has it too; a new token replaces the old one; a made-up token finds nothing.
  const expertLink = (await app.request(IssueCalendarTokenDocument, {}, expert.staff.token)).data!.issueCalendarToken.path;
  expect(await (await fetch(new URL(expertLink, app.url))).text()).toContain(`${sessionId}@lindungi`);
  await app.request(IssueCalendarTokenDocument, {}, companion.staff.token);
  expect((await fetch(new URL(path, app.url))).status).toBe(404);
  expect((await fetch(new URL('/calendar/not-a-real-token-at-all-xxxx.ics', app.url))).status).toBe(404);
});

test('an expert reads a child only while a session of theirs shares it; otherwise the child looks missing', async () => {
  const expert = await newExpert();
  const companion = await newCompanion();
  const shared = await childOf(companion);
  const discussedOnly = await childOf(companion);
  const readAs = async (childId: string) => (await app.request(ChildTimelineDocument, { id: childId }, expert.staff.token)).data?.child?.id ?? null;

  expect(await readAs(shared.id)).toBeNull();
  expect((await app.request(ExpertChildrenDocument, {}, expert.staff.token)).data?.children.totalCount).toBe(0);

  // The companion may only discuss children they see: another companion's child is NOT_FOUND.
  const strangersChild = await childOf(await newCompanion());
  await openDay(expert, '2027-03-05');
  const refused = await app.request(
    RequestSupervisionSessionDocument,
    { input: sessionInput(expert, '2027-03-05', '09:00', '10:00', { children: [{ childId: strangersChild.id, shareWithExpert: true }] }) },
    companion.staff.token,
  );
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: strangersChild.id });

  const requested = await app.request(
    RequestSupervisionSessionDocument,
    {
      input: sessionInput(expert, '2027-03-05', '09:00', '10:00', {
        kind: 'CASE_CONFERENCE',
        children: [
          { childId: shared.id, shareWithExpert: true },
          { childId: discussedOnly.id, shareWithExpert: false },
        ],
      }),
    },
    companion.staff.token,
  );
  expect(requested.errors).toBeUndefined();
  const sessionId = requested.data!.requestSupervisionSession.id;
  expect(await readAs(shared.id)).toBe(shared.id);
  expect(await readAs(discussedOnly.id)).toBeNull();
  const list = await app.request(ExpertChildrenDocument, {}, expert.staff.token);
  expect(list.data?.children.nodes.map((child) => child.id)).toEqual([shared.id]);
  // Nested: the session shows the expert the shared child, and null for the other.
  const nested = await app.request(SupervisionSessionDocument, { id: sessionId }, expert.staff.token);
  const discussed = nested.data?.supervisionSession?.discussedChildren.map((entry) => [entry.sharedWithExpert, entry.child?.id ?? null]);
  expect(discussed?.sort((a, b) => Number(b[0]) - Number(a[0]))).toEqual([
    [true, shared.id],
    [false, null],
  ]);

  await app.request(CancelSupervisionSessionDocument, { sessionId, reason: 'Ditunda.' }, companion.staff.token);
  expect(await readAs(shared.id)).toBeNull();
});

test("follow-ups become tasks on the child's timeline, and overdue ones show in the supervisor's overview", async () => {
  const companion = await newCompanion();
  const child = await childOf(companion);

  // Not before the session: a confirmed session still to come refuses an outcome.
  const future = await newExpert();
  const upcoming = await confirmedSession(future, companion, '2027-03-08');
  const early = await app.request(RecordSupervisionSessionOutcomeDocument, { input: { sessionId: upcoming, notes: 'Terlalu dini.' } }, future.staff.token);
  expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'sessionId' });
  expect((await app.request(MarkSupervisionSessionNoShowDocument, { sessionId: upcoming }, future.staff.token)).errors?.[0].extensions?.code).toBe('CONFLICT');

  const { expert, session } = await sessionStartingNow(companion.staff.token, { children: [{ childId: child.id, shareWithExpert: true }] });
  const sessionId = session.id;
  const companionParticipant = session.participants.find((participant) => participant.worker?.id === companion.worker.id)!;
  const yesterday = addDays(todayInJakarta(), -1);

  const held = await app.request(
    RecordSupervisionSessionOutcomeDocument,
    {
      input: {
        sessionId,
        notes: 'Anak sering bolos; pendamping perlu bicara dengan sekolah.',
        attendance: [{ participantId: companionParticipant.id, attended: true }],
        followUps: [
          { recommendation: 'Temui wali kelas.', ownerWorkerId: companion.worker.id, dueOn: yesterday, childId: child.id },
          { recommendation: 'Daftarkan ke Paket A.', ownerWorkerId: companion.worker.id, dueOn: '2027-04-30', childId: child.id },
        ],
      },
    },
    expert.staff.token,
  );
  expect(held.errors).toBeUndefined();
  expect(held.data?.recordSupervisionSessionOutcome).toMatchObject({ status: 'HELD', participants: [{ attended: true }] });
  const [overdueTask, laterTask] = held.data!.recordSupervisionSessionOutcome.followUps;
  expect([overdueTask.recommendation, laterTask.recommendation]).toEqual(['Temui wali kelas.', 'Daftarkan ke Paket A.']);

  const timeline = await app.request(ChildTimelineDocument, { id: child.id }, companion.staff.token);
  expect(timeline.errors).toBeUndefined();
  expect(timeline.data?.child?.timeline.map((entry) => [entry.kind, entry.summary, entry.dueOn ?? null])).toEqual(
    expect.arrayContaining([
      ['FOLLOW_UP_RECORDED', 'Temui wali kelas.', yesterday],
      ['FOLLOW_UP_RECORDED', 'Daftarkan ke Paket A.', '2027-04-30'],
    ]),
  );

  const overview = await app.request(OverdueFollowUpsDocument, {}, supervisor.token);
  expect(overview.data?.overdueFollowUps.filter((task) => task.owner.id === companion.worker.id).map((task) => [task.id, task.child?.id])).toEqual([[overdueTask.id, child.id]]);
  expect((await app.request(OverdueFollowUpsDocument, {}, companion.staff.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const done = await app.request(CompleteSupervisionFollowUpDocument, { followUpId: overdueTask.id, note: 'Sudah bertemu wali kelas.' }, companion.staff.token);
  expect(done.data?.completeSupervisionFollowUp.completedAt).toBeTruthy();
  const after = await app.request(ChildTimelineDocument, { id: child.id }, supervisor.token);
  expect(after.data?.child?.timeline.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['SUPERVISION_SESSION_HELD', 'FOLLOW_UP_COMPLETED']));
  expect((await app.request(OverdueFollowUpsDocument, {}, supervisor.token)).data?.overdueFollowUps.some((task) => task.id === overdueTask.id)).toBe(false);

});

test("a spot check the companion fails suspends the child's aid grant, and an accepted progress report clears it", async () => {
  const companion = await newCompanion();
  const child = await childOf(companion, CareArrangement.STREET);
  const socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  const otherSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_TIMUR);
  const proposed = await app.request(ProposeAidGrantDocument, { input: { childId: child.id, programme: 'PKSA_VULNERABLE', year: 2015 } }, socialWorker.token);
  expect(proposed.errors).toBeUndefined();
  const grantId = proposed.data!.proposeAidGrant.id;
  expect((await app.request(ApproveAidGrantDocument, { grantId }, supervisor.token)).errors).toBeUndefined();

  // The server picks the child: with one child in the caseload, it is that one.
  const started = await app.request(StartSpotCheckDocument, { companionId: companion.worker.id }, supervisor.token);
  expect(started.data?.startSpotCheck).toMatchObject({ childId: child.id, outcome: null, companion: { id: companion.worker.id } });
  const spotCheckId = started.data!.startSpotCheck.id;
  const otherArea = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_BARAT);
  expect((await app.request(StartSpotCheckDocument, { companionId: companion.worker.id }, otherArea.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const notMine = await app.request(RecordSpotCheckOutcomeDocument, { input: { spotCheckId, outcome: 'KNOWS', notes: 'x' } }, otherSupervisor.token);
  expect(notMine.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const failed = await app.request(RecordSpotCheckOutcomeDocument, { input: { spotCheckId, outcome: 'DOES_NOT_KNOW', notes: 'Tidak tahu anak sudah putus sekolah.' } }, supervisor.token);
  expect(failed.data?.recordSpotCheckOutcome).toMatchObject({ outcome: 'DOES_NOT_KNOW', aidGrantsChanged: 1 });
  expect((await app.request(AidGrantDocument, { id: grantId }, supervisor.token)).data?.aidGrant).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'SPOT_CHECK' });

  // An accepted progress report on the child lifts the spot check's suspension.
  const lastMonth = periodContaining(addDays(periodContaining(todayInJakarta()).periodStart, -1)).periodStart;
  const content = {
    developmentScores: [{ domain: 'EMOTIONAL' as const, score: 3 }],
    developmentNarrative: 'Sudah kembali ke sekolah.',
    problems: 'Sempat putus sekolah.',
    solutions: 'Didaftarkan ke Paket A.',
    needStatuses: [],
    nextSteps: 'Pantau kehadiran.',
  };
  const draft = await app.request(SaveProgressReportDraftDocument, { input: { childId: child.id, periodStart: lastMonth, content } }, companion.staff.token);
  expect(draft.errors).toBeUndefined();
  const submitted = await app.request(SubmitProgressReportDocument, { reportId: draft.data!.saveProgressReportDraft.id, expectedVersion: draft.data!.saveProgressReportDraft.version }, companion.staff.token);
  expect(submitted.errors).toBeUndefined();
  const accepted = await app.request(
    ReviewProgressReportDocument,
    { input: { reportId: draft.data!.saveProgressReportDraft.id, expectedVersion: submitted.data!.submitProgressReport.version, decision: 'ACCEPT' } },
    supervisor.token,
  );
  expect(accepted.errors).toBeUndefined();
  const grant = (await app.request(AidGrantDocument, { id: grantId }, supervisor.token)).data?.aidGrant;
  expect(grant).toMatchObject({ status: 'REINSTATED', suspensionReason: null });
});

test('a later spot check with KNOWS lifts the suspension of a failed one', async () => {
  const companion = await newCompanion();
  const child = await childOf(companion, CareArrangement.STREET);
  const socialWorker = await createStaff(app, [StaffRole.SOCIAL_WORKER], JakartaArea.JAKARTA_TIMUR);
  const grantId = (await app.request(ProposeAidGrantDocument, { input: { childId: child.id, programme: 'PKSA_VULNERABLE', year: 2015 } }, socialWorker.token)).data!.proposeAidGrant.id;
  await app.request(ApproveAidGrantDocument, { grantId }, supervisor.token);
  const expert = await newExpert();
  const first = (await app.request(StartSpotCheckDocument, { companionId: companion.worker.id }, expert.staff.token)).data!.startSpotCheck;
  await app.request(RecordSpotCheckOutcomeDocument, { input: { spotCheckId: first.id, outcome: 'DOES_NOT_KNOW', notes: 'Tidak tahu.' } }, expert.staff.token);
  expect((await app.request(AidGrantDocument, { id: grantId }, supervisor.token)).data?.aidGrant?.status).toBe('SUSPENDED');
  const twice = await app.request(RecordSpotCheckOutcomeDocument, { input: { spotCheckId: first.id, outcome: 'KNOWS', notes: 'x' } }, expert.staff.token);
  expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

  const second = (await app.request(StartSpotCheckDocument, { companionId: companion.worker.id }, supervisor.token)).data!.startSpotCheck;
  const cleared = await app.request(RecordSpotCheckOutcomeDocument, { input: { spotCheckId: second.id, outcome: 'KNOWS', notes: 'Tahu persis perkembangan anak.' } }, supervisor.token);
  expect(cleared.data?.recordSpotCheckOutcome.aidGrantsChanged).toBe(1);
  expect((await app.request(AidGrantDocument, { id: grantId }, supervisor.token)).data?.aidGrant?.status).toBe('REINSTATED');
});

test('coverage counts, per month and area, who was supervised, sessions held and cancelled, and follow-ups done on time, in a fixed number of statements', async () => {
  const area = JakartaArea.KEPULAUAN_SERIBU;
  const seribuSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], area);
  const companion = await createWorker(app, WorkerKind.COMPANION, area);
  const socialWorker = await createWorker(app, WorkerKind.SOCIAL_WORKER, area);
  const absent = await createWorker(app, WorkerKind.COMPANION, area);
  const { expert, session: held } = await sessionStartingNow(seribuSupervisor.token, { kind: 'GROUP', participantWorkerIds: [companion.id, socialWorker.id, absent.id] });
  const month = jakartaDate(new Date(held.startsAt)).slice(0, 7);
  const participantOf = (workerId: string) => held.participants.find((participant) => participant.worker?.id === workerId)!.id;
  const outcome = await app.request(
    RecordSupervisionSessionOutcomeDocument,
    {
      input: {
        sessionId: held.id,
        notes: 'Supervisi kelompok.',
        attendance: [
          { participantId: participantOf(companion.id), attended: true },
          { participantId: participantOf(socialWorker.id), attended: true },
          { participantId: participantOf(absent.id), attended: false },
        ],
        followUps: [
          { recommendation: 'Kunjungan rumah.', ownerWorkerId: companion.id, dueOn: addDays(todayInJakarta(), 30) },
          { recommendation: 'Rapat koordinasi.', ownerWorkerId: socialWorker.id, dueOn: addDays(todayInJakarta(), 30) },
        ],
      },
    },
    expert.staff.token,
  );
  expect(outcome.errors).toBeUndefined();
  const [visit] = outcome.data!.recordSupervisionSessionOutcome.followUps;
  await app.request(CompleteSupervisionFollowUpDocument, { followUpId: visit.id, note: 'Sudah.' }, seribuSupervisor.token);
  const other = await createWorker(app, WorkerKind.COMPANION, area);
  const { session: cancelled } = await sessionStartingNow(seribuSupervisor.token, { kind: 'GROUP', participantWorkerIds: [other.id] });
  await app.request(CancelSupervisionSessionDocument, { sessionId: cancelled.id, reason: 'Kapal tidak berangkat.' }, seribuSupervisor.token);

  const coverageOf = async (fromMonth: string, toMonth: string) => {
    const requestId = `coverage-${randomUUID()}`;
    const result = await app.request(SupervisionCoverageDocument, { fromMonth, toMonth }, seribuSupervisor.token, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    return { rows: result.data!.supervisionCoverage, statements: app.statementsOf(requestId).length };
  };
  const june = await coverageOf(month, month);
  // A supervisor of Kepulauan Seribu sees that area only.
  expect(june.rows).toEqual([
    {
      month,
      area: 'KEPULAUAN_SERIBU',
      workersSupervised: 1,
      companionsSupervised: 1, // the absent companion does not count
      sessionsHeld: 1,
      sessionsCancelled: 1,
      followUpsDue: 1,
      followUpsDoneOnTime: 1,
    },
  ]);
  const empty = await coverageOf('2028-01', '2028-02');
  expect(empty.rows).toEqual([]);
  expect(june.statements).toBe(empty.statements);
  const bad = await app.request(SupervisionCoverageDocument, { fromMonth: '2027-06', toMonth: '2029-06' }, seribuSupervisor.token);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toMonth' });
});

test('the overdue follow-ups with their owner, child and session nested cost the same statements for 2 follow-ups as for 6', async () => {
  const area = JakartaArea.JAKARTA_BARAT;
  const baratSupervisor = await createStaff(app, [StaffRole.SUPERVISOR], area);
  const yesterday = addDays(todayInJakarta(), -1);
  const heldSessionWith = async (pairs: number) => {
    const companions = await Promise.all(Array.from({ length: pairs }, () => createWorker(app, WorkerKind.COMPANION, area)));
    const children = await Promise.all(companions.map(async (companion) => {
      const child = await createChild(app, { area });
      await assignCompanion(app, child, companion);
      return child;
    }));
    const { expert, session } = await sessionStartingNow(baratSupervisor.token, {
      kind: 'CASE_CONFERENCE',
      participantWorkerIds: companions.map((companion) => companion.id),
      children: children.map((child) => ({ childId: child.id, shareWithExpert: false })),
    });
    const sessionId = session.id;
    const outcome = await app.request(
      RecordSupervisionSessionOutcomeDocument,
      {
        input: {
          sessionId,
          notes: 'Konferensi kasus.',
          followUps: companions.map((companion, index) => ({ recommendation: `Tindak lanjut ${index}`, ownerWorkerId: companion.id, dueOn: yesterday, childId: children[index].id })),
        },
      },
      expert.staff.token,
    );
    expect(outcome.errors).toBeUndefined();
  };
  const statements = async (expected: number) => {
    const requestId = `overdue-${randomUUID()}`;
    const result = await app.request(OverdueFollowUpsNestedDocument, {}, baratSupervisor.token, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.overdueFollowUps).toHaveLength(expected);
    expect(result.data?.overdueFollowUps.every((task) => task.child && task.session?.discussedChildren.every((entry) => entry.child))).toBe(true);
    return app.statementsOf(requestId).length;
  };
  await heldSessionWith(2);
  const few = await statements(2);
  await heldSessionWith(4);
  expect(await statements(6)).toBe(few);
});

test('a case conference discusses the protection cases the requester may see; the expert is not shown them', async () => {
  const expert = await newExpert();
  const companion = await newCompanion();
  const hotline = await createStaff(app, [StaffRole.HOTLINE_OPERATOR], null);
  const openCase = async (area: JakartaArea) => {
    const receipt = await app.request(
      SubmitHotlineReportDocument,
      { input: { channel: 'HOTLINE_164', kind: 'CHILD_AT_RISK', description: 'Anak tidur di kolong jembatan setiap malam, tetangga khawatir', area } },
      hotline.token,
    );
    const report = await app.orm.em.fork().findOneOrFail(HotlineReport, { trackingCode: receipt.data!.submitHotlineReport.trackingCode });
    return report.protectionCaseId as string;
  };
  const timurCase = await openCase(JakartaArea.JAKARTA_TIMUR);
  const baratCase = await openCase(JakartaArea.JAKARTA_BARAT);
  await openDay(expert, '2027-03-09');
  const input = (protectionCaseIds: string[]) =>
    sessionInput(expert, '2027-03-09', '09:00', '10:00', { kind: 'CASE_CONFERENCE', participantWorkerIds: [companion.worker.id], protectionCaseIds });
  const refused = await app.request(RequestSupervisionSessionDocument, { input: input([baratCase]) }, supervisor.token);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: baratCase });
  const requested = await app.request(RequestSupervisionSessionDocument, { input: input([timurCase]) }, supervisor.token);
  expect(requested.errors).toBeUndefined();
  expect(requested.data?.requestSupervisionSession.discussedCases).toEqual([{ id: timurCase }]);
  const asExpert = await app.request(SupervisionSessionDocument, { id: requested.data!.requestSupervisionSession.id }, expert.staff.token);
  expect(asExpert.data?.supervisionSession?.discussedCases).toEqual([]);
});
