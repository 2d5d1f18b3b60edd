import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Field, ObjectType } from 'type-graphql';
import { StaffAccount } from '../identity/staff-account.entity';
import type { StaffActor } from '../shared/auth/actor';
import { ErrorCode, ForbiddenError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { CalendarToken } from './calendar-token.entity';
import { asJakartaLocalFields } from './jakarta-time';
import { ownSessions } from './supervision-scope';
import { SupervisionSession } from './supervision-session.entity';
import { SupervisionSessionStatus } from './supervision.enums';

/** Path of a person's calendar: `GET /calendar/<token>.ics`. */
export const CALENDAR_PATH = '/calendar/:file';

const TIMEZONE = 'Asia/Jakarta';

/** Asia/Jakarta as a VTIMEZONE: WIB, UTC+7, no daylight saving time (since 1964). */
const JAKARTA_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Jakarta',
  'X-LIC-LOCATION:Asia/Jakarta',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:WIB',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

@ObjectType({ description: 'Your secret calendar address; anyone with it can read your session times, so keep it private.' })
export class CalendarLink {
  @Field(() => String, { description: 'The path to add to a calendar client, on this server: /calendar/<token>.ics.' })
  path!: string;

  @Field(() => String, { description: 'The secret token itself (shown once; issuing a new one replaces it).' })
  token!: string;
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues the signed-in person a new calendar token; the previous one stops working. */
export async function issueCalendarToken(context: RequestContext): Promise<CalendarLink> {
  const { actor, em } = context;
  if (actor.kind !== 'STAFF') throw new ForbiddenError();
  const token = randomBytes(32).toString('base64url');
  const existing = await em.findOne(CalendarToken, { staffAccountId: actor.staffAccountId });
  if (existing) existing.tokenHash = hashOf(token);
  else em.create(CalendarToken, { staffAccountId: actor.staffAccountId, tokenHash: hashOf(token) });
  await em.flush();
  return { path: `/calendar/${token}.ics`, token };
}

/** The person's own sessions (as expert, participant or requester) as iCalendar, times in Asia/Jakarta. */
export async function calendarOf(em: EntityManager, account: StaffAccount): Promise<string> {
  const actor: StaffActor = {
    kind: 'STAFF',
    staffAccountId: account.id,
    roles: account.roles,
    area: account.area,
    institutionId: account.institutionId,
    workerId: account.workerId,
  };
  const own = ownSessions(actor, 's');
  const sessions = await em
    .createQueryBuilder(SupervisionSession, 's')
    .select('*')
    .where(own.sql, own.params)
    .andWhere({ endsAt: { $gte: new Date(Date.now() - 366 * 24 * 60 * 60 * 1000) } })
    .orderBy({ startsAt: 'asc' })
    .limit(2000)
    .getResultList();
  const calendar = ical({
    name: 'Lindungi: supervision sessions',
    prodId: { company: 'Dinas Sosial DKI Jakarta', product: 'Lindungi', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide timezone name: DTSTAMP must stay in UTC (RFC 5545), and ical-generator would write it
    // in the calendar's zone. The generator still adds the VTIMEZONE of the events' TZID.
    timezone: { name: null, generator: (name) => (name === TIMEZONE ? JAKARTA_VTIMEZONE : null) },
    x: [['X-WR-TIMEZONE', TIMEZONE]],
  });
  for (const session of sessions) {
    calendar.createEvent({
      id: `${session.id}@lindungi`,
      sequence: session.version,
      start: asJakartaLocalFields(session.startsAt),
      end: asJakartaLocalFields(session.endsAt),
      timezone: TIMEZONE,
      stamp: session.updatedAt,
      summary: `Supervision (${session.kind}): ${session.topic}`,
      location: session.place ?? session.onlineLink ?? undefined,
      url: session.onlineLink ?? undefined,
      description: [session.topic, session.onlineLink ? `Online: ${session.onlineLink}` : null, `Status: ${session.status}`].filter(Boolean).join('\n'),
      status:
        session.status === SupervisionSessionStatus.PROPOSED
          ? ICalEventStatus.TENTATIVE
          : session.status === SupervisionSessionStatus.CANCELLED
            ? ICalEventStatus.CANCELLED
            : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** `GET /calendar/<token>.ics`: the token is the only credential (calendar clients send no headers). */
export function calendarHandler(openEm: () => EntityManager): RequestHandler {
  return async (request, response, next) => {
    try {
      const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(String(request.params.file));
      const em = openEm();
      const token = match ? await em.findOne(CalendarToken, { tokenHash: hashOf(match[1]) }) : null;
      const account = token ? await em.findOne(StaffAccount, { id: token.staffAccountId, active: true }) : null;
      if (!account) {
        response.status(404).json({ errors: [{ message: 'No calendar at this address; issue a new one with issueCalendarToken.', extensions: { code: ErrorCode.NOT_FOUND } }] });
        return;
      }
      response
        .status(200)
        .type('text/calendar; charset=utf-8')
        .setHeader('cache-control', 'private, no-store')
        .send(await calendarOf(em, account));
    } catch (error) {
      next(error);
    }
  };
}
