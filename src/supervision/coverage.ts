import { Field, Int, ObjectType } from 'type-graphql';
import { hasRole } from '../shared/auth/actor';
import { JakartaArea, StaffRole } from '../shared/auth/roles';
import { BadUserInputError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';

@ObjectType({ description: 'Supervision coverage in one month (Asia/Jakarta) and area: who was supervised, sessions, follow-ups.' })
export class SupervisionCoverage {
  @Field(() => String, { description: 'The month, YYYY-MM (Asia/Jakarta), of the sessions counted.' })
  month!: string;

  @Field(() => JakartaArea, { nullable: true, description: 'The area the sessions count for; null for sessions bound to no area.' })
  area!: JakartaArea | null;

  @Field(() => Int, { description: 'Distinct workers other than companions who attended a held session (not marked absent).' })
  workersSupervised!: number;

  @Field(() => Int, { description: 'Distinct companions who attended a held session (not marked absent).' })
  companionsSupervised!: number;

  @Field(() => Int, { description: 'Sessions held.' })
  sessionsHeld!: number;

  @Field(() => Int, { description: 'Sessions cancelled.' })
  sessionsCancelled!: number;

  @Field(() => Int, { description: 'Follow-ups of these sessions whose due date has passed or that are done.' })
  followUpsDue!: number;

  @Field(() => Int, { description: 'Of those, the ones done on or before their due date (Asia/Jakarta).' })
  followUpsDoneOnTime!: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Coverage per month and area from `fromMonth` to `toMonth` (at most 24 months), in one SQL statement
 * whatever the number of sessions. A supervisor bound to an area sees that area only.
 */
export async function supervisionCoverage(context: RequestContext, fromMonth: string, toMonth: string): Promise<SupervisionCoverage[]> {
  const from = MONTH.exec(fromMonth);
  const to = MONTH.exec(toMonth);
  if (!from) throw new BadUserInputError('fromMonth must be YYYY-MM.', { field: 'fromMonth' });
  if (!to) throw new BadUserInputError('toMonth must be YYYY-MM.', { field: 'toMonth' });
  const months = (Number(to[1]) - Number(from[1])) * 12 + Number(to[2]) - Number(from[2]);
  if (months < 0 || months > 23) throw new BadUserInputError('toMonth must be fromMonth or up to 23 months after it.', { field: 'toMonth' });
  const { actor } = context;
  const area = actor.kind === 'STAFF' && hasRole(actor, StaffRole.SUPERVISOR) && !hasRole(actor, StaffRole.ADMIN) && !hasRole(actor, StaffRole.AUDITOR) ? actor.area : null;
  const rows = await context.em.execute<Array<Record<string, string | null>>>(
    `with sessions as (
       select s.id, s.status, s.area, to_char(s.starts_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month
         from supervision_session s
        where s.starts_at >= (?::date::timestamp at time zone 'Asia/Jakarta')
          and s.starts_at < ((?::date + interval '1 month')::timestamp at time zone 'Asia/Jakarta')
          and (?::text is null or s.area::text = ?::text)
     ), counts as (
       select month, area, count(*) filter (where status = 'HELD') as held, count(*) filter (where status = 'CANCELLED') as cancelled
         from sessions group by month, area
     ), supervised as (
       select ss.month, ss.area,
              count(distinct p.worker_id) filter (where w.kind <> 'COMPANION') as workers,
              count(distinct p.worker_id) filter (where w.kind = 'COMPANION') as companions
         from sessions ss join supervision_participant p on p.session_id = ss.id join worker w on w.id = p.worker_id
        where ss.status = 'HELD' and p.attended is distinct from false
        group by ss.month, ss.area
     ), follow_ups as (
       select ss.month, ss.area,
              count(*) filter (where f.completed_at is not null or f.due_on < (now() at time zone 'Asia/Jakarta')::date) as due,
              count(*) filter (where (f.completed_at at time zone 'Asia/Jakarta')::date <= f.due_on) as on_time
         from sessions ss join supervision_follow_up f on f.session_id = ss.id
        group by ss.month, ss.area
     )
     select c.month, c.area::text as area, coalesce(s.workers, 0) as workers, coalesce(s.companions, 0) as companions,
            c.held, c.cancelled, coalesce(f.due, 0) as due, coalesce(f.on_time, 0) as on_time
       from counts c
       left join supervised s on s.month = c.month and s.area is not distinct from c.area
       left join follow_ups f on f.month = c.month and f.area is not distinct from c.area
      order by c.month, c.area nulls last`,
    [`${fromMonth}-01`, `${toMonth}-01`, area, area],
  );
  return rows.map((row) => ({
    month: String(row.month),
    area: (row.area as JakartaArea | null) ?? null,
    workersSupervised: Number(row.workers),
    companionsSupervised: Number(row.companions),
    sessionsHeld: Number(row.held),
    sessionsCancelled: Number(row.cancelled),
    followUpsDue: Number(row.due),
    followUpsDoneOnTime: Number(row.on_time),
  }));
}
