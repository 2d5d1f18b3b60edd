import { StaffRole, type JakartaArea } from '../shared/auth/roles';
import { BadUserInputError, ForbiddenError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import type { Evaluation } from './evaluation.types';

const DAY = 86_400_000;

/**
 * The office's self-evaluation figures, aggregated in PostgreSQL: a fixed handful of statements whatever the
 * size of the period or the area. Days are Asia/Jakarta days.
 */
export class EvaluationService {
  constructor(private readonly context: RequestContext) {}

  async evaluate(from: string, to: string, requestedArea: JakartaArea | null): Promise<Evaluation> {
    const area = this.areaFor(requestedArea);
    if (to < from) throw new BadUserInputError('`to` must not be before `from`.', { field: 'to' });
    if (Date.parse(to) - Date.parse(from) > 366 * DAY) throw new BadUserInputError('Evaluate at most 366 days at a time.', { field: 'to' });
    const em = this.context.em;
    // Instants from the start of `from` to the end of `to`, Jakarta days; takes [from, to] as parameters.
    const during = (column: string) =>
      `${column} >= (?::date)::timestamp at time zone 'Asia/Jakarta' and ${column} < (?::date + 1)::timestamp at time zone 'Asia/Jakarta'`;
    const areaCondition = (column: string) => (area ? `and ${column} = ?` : '');
    const areaParams = area ? [area] : [];

    const [cases] = await em.execute<Array<{ opened: string; closed: string }>>(
      `select count(*) filter (where e.kind = 'CASE_OPENED') as opened, count(*) filter (where e.kind = 'CLOSED') as closed
       from case_event e where ${during('e.occurred_at')} ${areaCondition('e.area')}`,
      [from, to, ...areaParams],
    );
    const [dispatch] = await em.execute<Array<{ dispatches: string; acknowledged: string; median: number | null; p90: number | null; in_time: string }>>(
      `select count(*) as dispatches, count(d.acknowledged_at) as acknowledged,
         percentile_cont(0.5) within group (order by extract(epoch from d.acknowledged_at - d.created_at) / 60) as median,
         percentile_cont(0.9) within group (order by extract(epoch from d.acknowledged_at - d.created_at) / 60) as p90,
         count(*) filter (where d.acknowledged_at <= d.acknowledge_by) as in_time
       from dispatch d join protection_case pc on pc.id = d.protection_case_id
       where ${during('d.created_at')} ${areaCondition('pc.area')}`,
      [from, to, ...areaParams],
    );
    const [reports] = await em.execute<Array<{ on_time: string; late: string; drafts_overdue: string }>>(
      `select count(*) filter (where r.submitted_at is not null and (r.submitted_at at time zone 'Asia/Jakarta')::date <= r.due_date) as on_time,
         count(*) filter (where r.submitted_at is not null and (r.submitted_at at time zone 'Asia/Jakarta')::date > r.due_date) as late,
         count(*) filter (where r.submitted_at is null and r.due_date < (now() at time zone 'Asia/Jakarta')::date) as drafts_overdue
       from progress_report r join child c on c.id = r.child_id
       where r.period_end between ? and ? ${areaCondition('c.area')}`,
      [from, to, ...areaParams],
    );
    // Per companion and per institution in one statement (grouping sets): submissions from the reports,
    // missing ones from the owed reports that overdue detection wrote when their month closed.
    const placedIn = (alias: string) =>
      `left join placement p on p.child_id = ${alias}.child_id and p.started_on <= ${alias}.period_end and (p.ended_on is null or p.ended_on > ${alias}.period_end)`;
    const breakdown = await em.execute<Array<{ companion_id: string | null; institution_id: string | null; name: string; on_time: string; late: string; missing: string }>>(
      `with figures as (
         select r.companion_id, p.institution_id,
                r.submitted_at is not null and (r.submitted_at at time zone 'Asia/Jakarta')::date <= r.due_date as on_time,
                r.submitted_at is not null and (r.submitted_at at time zone 'Asia/Jakarta')::date > r.due_date as late,
                false as missing
           from progress_report r join child c on c.id = r.child_id ${placedIn('r')}
          where r.period_end between ? and ? ${areaCondition('c.area')}
         union all
         select o.companion_id, p.institution_id, false, false, true
           from owed_report o join child c on c.id = o.child_id ${placedIn('o')}
          where o.period_end between ? and ? and o.fulfilled_at is null and o.overdue_at <= now() ${areaCondition('c.area')}
       ), grouped as (
         select companion_id, institution_id, grouping(companion_id) as by_institution,
                count(*) filter (where on_time) as on_time, count(*) filter (where late) as late, count(*) filter (where missing) as missing
           from figures group by grouping sets ((companion_id), (institution_id))
       )
       select g.companion_id, g.institution_id, coalesce(w.full_name, i.name) as name, g.on_time, g.late, g.missing
         from grouped g left join worker w on g.by_institution = 0 and w.id = g.companion_id
         left join institution i on g.by_institution = 1 and i.id = g.institution_id
        where (g.by_institution = 0 or g.institution_id is not null) and (g.on_time + g.late + g.missing) > 0
        order by name, coalesce(g.companion_id, g.institution_id)`,
      [from, to, ...areaParams, from, to, ...areaParams],
    );
    const figuresOf = (row: (typeof breakdown)[number], id: string) => ({ id, name: row.name, onTime: Number(row.on_time), late: Number(row.late), missing: Number(row.missing) });
    const [needs] = await em.execute<Array<{ birth_certificates: string; enrolled: string; nutrition: string }>>(
      `select count(*) filter (where n.kind = 'BIRTH_CERTIFICATE') as birth_certificates,
         count(*) filter (where n.kind = 'EDUCATION') as enrolled,
         count(*) filter (where n.kind = 'NUTRITION') as nutrition
       from child_need n join child c on c.id = n.child_id
       where n.status = 'MET' and ${during('n.updated_at')} ${areaCondition('c.area')}`,
      [from, to, ...areaParams],
    );
    const dispatches = Number(dispatch.dispatches);
    return {
      from,
      to,
      area,
      casesOpened: Number(cases.opened),
      casesClosed: Number(cases.closed),
      dispatchResponse: {
        dispatches,
        acknowledged: Number(dispatch.acknowledged),
        medianMinutesToAcknowledge: dispatch.median === null ? null : Number(dispatch.median),
        p90MinutesToAcknowledge: dispatch.p90 === null ? null : Number(dispatch.p90),
        shareAcknowledgedInTime: dispatches ? Number(dispatch.in_time) / dispatches : null,
      },
      reports: { onTime: Number(reports.on_time), late: Number(reports.late), draftsOverdue: Number(reports.drafts_overdue) },
      reportsByCompanion: breakdown.filter((row) => row.companion_id).map((row) => figuresOf(row, row.companion_id as string)),
      reportsByInstitution: breakdown.filter((row) => row.institution_id && !row.companion_id).map((row) => figuresOf(row, row.institution_id as string)),
      birthCertificatesObtained: Number(needs.birth_certificates),
      childrenEnrolled: Number(needs.enrolled),
      nutritionImproved: Number(needs.nutrition),
    };
  }

  /** Supervisors see their own area (or any, without one); administrators and auditors any. */
  private areaFor(requested: JakartaArea | null): JakartaArea | null {
    const { actor } = this.context;
    if (actor.kind !== 'STAFF') return requested;
    const unrestricted = actor.roles.includes(StaffRole.ADMIN) || actor.roles.includes(StaffRole.AUDITOR) || !actor.area;
    if (unrestricted) return requested;
    if (requested && requested !== actor.area) throw new ForbiddenError('You evaluate your own area.');
    return actor.area;
  }
}
