import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { suspendChildAidGrants } from '../aid';
import type { AppConfig } from '../config';
import type { DomainEvents } from '../shared/events/domain-events';
import { jakartaDate } from '../shared/jakarta-date';
import { ClosedReportingPeriod, OwedReport } from './overdue-alert.entities';
import { periodMonthsSql } from './reporting-periods';
import { ALERT_WRITER_LOCK, OVERDUE_REPORT_ALERT_RAISED, PERIOD_CLOSING_LOCK } from './overdue-alert.events';
import { addDays, dueDateOf, periodContaining, type ReportingPeriod } from './reporting-schedule';

const BATCH = 500;
const DAY_MS = 24 * 3600 * 1000;

export interface DetectionResult {
  /** First days of the periods closed by this run. */
  periodsClosed: string[];
  /** Alerts raised by this run, per level (index 0 is level 1). */
  alertsRaised: [number, number, number];
}


/**
 * The owed reports waiting for `level` whose threshold passed, oldest first, locked for this transaction
 * and skipped by any other run. The partial escalation index serves it (only unfulfilled reports below
 * level 3 are in it), so its cost follows the reports becoming overdue, not all reports.
 */
export function claimDue(em: EntityManager, level: 1 | 2 | 3, overdueBefore: Date, limit: number) {
  return em
    .createQueryBuilder(OwedReport, 'o')
    .select('o.id')
    .where({ fulfilledAt: null, alertLevel: level - 1, overdueAt: { $lte: overdueBefore } })
    .orderBy({ overdueAt: 'asc' })
    .limit(limit)
    .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE);
}

/**
 * Level 3: the companion cannot say how the child is doing, so the child's aid stops (DOMAIN.md promise 5)
 * until the report is accepted. In the alert's transaction; returns grants suspended per child id.
 */
async function suspendAidOfChildren(em: EntityManager, overdue: Array<{ child_id: string; period_start: string; due_date: string }>): Promise<Map<string, number>> {
  const suspended = new Map<string, number>();
  for (const report of overdue) {
    const detail = `The accountability report for the period from ${report.period_start} was not submitted; it was due on ${report.due_date}.`;
    const grants = await suspendChildAidGrants(em, report.child_id, 'OVERDUE_REPORT', detail, null);
    suspended.set(report.child_id, (suspended.get(report.child_id) ?? 0) + grants.length);
  }
  return suspended;
}

/** The instant a report due on `dueDate` (Asia/Jakarta) becomes overdue: midnight after it, Jakarta time. */
export function overdueAtOf(dueDate: string): Date {
  return new Date(`${addDays(dueDate, 1)}T00:00:00+07:00`);
}

/**
 * Overdue-report detection, one run as of `now`. First closes the periods that ended (writes who owes
 * which report), then raises each alert level whose threshold passed. Every step reads only what it
 * changes: the obligations whose next level is due, through the partial escalation index. Safe to run
 * concurrently: obligations are claimed with FOR UPDATE SKIP LOCKED and the database keeps one alert per
 * obligation and level, so two instances never raise the same alert twice.
 */
export class OverdueReportDetection {
  constructor(
    private readonly newEntityManager: () => EntityManager,
    private readonly events: DomainEvents,
    private readonly config: AppConfig['reports'],
  ) {}

  async run(now: Date): Promise<DetectionResult> {
    const periodsClosed = await this.closeEndedPeriods(now);
    const thresholds = [0, this.config.escalateAfterDays.level2, this.config.escalateAfterDays.level3];
    const alertsRaised: [number, number, number] = [0, 0, 0];
    for (const level of [1, 2, 3] as const) {
      const overdueBefore = new Date(now.getTime() - thresholds[level - 1] * DAY_MS);
      for (let raised = BATCH; raised === BATCH; ) {
        const batch = await this.raiseBatch(level, overdueBefore, now);
        raised = batch.claimed;
        alertsRaised[level - 1] += batch.raised;
      }
    }
    return { periodsClosed, alertsRaised };
  }

  /**
   * Writes the obligations of every period that ended since the last one closed (only the latest ended
   * period on a new database: history before the first run raises nothing).
   */
  private async closeEndedPeriods(now: Date): Promise<string[]> {
    const latestEnded = periodContaining(addDays(periodContaining(jakartaDate(now)).periodStart, -1));
    const em = this.newEntityManager();
    const [lastClosed] = await em.find(ClosedReportingPeriod, { periodStart: { $lte: latestEnded.periodStart } }, { orderBy: { periodStart: 'desc' }, limit: 1 });
    const toClose: ReportingPeriod[] = [];
    for (let period = latestEnded; period.periodStart > (lastClosed?.periodStart ?? ''); period = periodContaining(addDays(period.periodStart, -1))) {
      toClose.unshift(period);
      if (!lastClosed) break;
    }
    const closed: string[] = [];
    for (const period of toClose) {
      if (await this.closePeriod(period)) closed.push(period.periodStart);
    }
    return closed;
  }

  /**
   * Closes one month: writes the owed reports of every child whose reporting period ends with it (a
   * quarterly child only at the end of March, June, September and December). Returns false when another
   * instance closed the month first.
   */
  private async closePeriod(month: ReportingPeriod): Promise<boolean> {
    return this.newEntityManager().transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [PERIOD_CLOSING_LOCK]);
      if (await em.findOne(ClosedReportingPeriod, { periodStart: month.periodStart })) return false;
      const dueDate = dueDateOf(month, this.config.graceDays);
      const monthNumber = Number(month.periodStart.slice(5, 7));
      // Owed by whoever is assigned on the period's last day; a report already submitted fulfils it.
      const written = await em.execute(
        `with owing as (
           select a.child_id, a.companion_id, (?::date - make_interval(months => l.months - 1))::date as period_start
             from companion_assignment a
             cross join lateral (select ${periodMonthsSql('a.child_id')} as months) l
            where a.started_on <= ? and (a.ended_on is null or a.ended_on > ?) and ? % l.months = 0
         )
         insert into owed_report (id, child_id, companion_id, period_start, period_end, due_date, overdue_at, fulfilled_at, alert_level)
         select gen_random_uuid(), o.child_id, o.companion_id, o.period_start, ?, ?, ?, r.submitted_at, 0
           from owing o
           left join progress_report r on r.child_id = o.child_id and r.period_start = o.period_start and r.submitted_at is not null
         on conflict (child_id, period_start) do nothing`,
        [month.periodStart, month.periodEnd, month.periodEnd, monthNumber, month.periodEnd, dueDate, overdueAtOf(dueDate)],
        'run',
      );
      em.create(ClosedReportingPeriod, { periodStart: month.periodStart, obligations: (written as unknown as { affectedRows: number }).affectedRows });
      await em.flush();
      return true;
    });
  }

  /**
   * Raises `level` for up to one batch of owed reports whose threshold passed. Set-based statements, a
   * fixed number per batch whatever its size: claim, fulfil the ones whose report turned up, mark the rest,
   * (level 3) suspend their aid, write their alerts.
   */
  private async raiseBatch(level: 1 | 2 | 3, overdueBefore: Date, now: Date): Promise<{ claimed: number; raised: number }> {
    return this.newEntityManager().transactional(async (em) => {
      const claimed = (await claimDue(em, level, overdueBefore, BATCH).execute('all')).map((row) => row.id);
      if (!claimed.length) return { claimed: 0, raised: 0 };
      const ids = claimed.join(',');
      // A report submitted while its period was closing fulfils its owed report instead of raising an alert.
      const fulfilled = new Set(
        (
          await em.execute<Array<{ id: string }>>(
            `update owed_report o set fulfilled_at = r.submitted_at, updated_at = now() from progress_report r
              where o.id = any(string_to_array(?, ',')::uuid[]) and r.child_id = o.child_id and r.period_start = o.period_start and r.submitted_at is not null
             returning o.id`,
            [ids],
          )
        ).map((row) => row.id),
      );
      const missing = claimed.filter((id) => !fulfilled.has(id));
      if (!missing.length) return { claimed: claimed.length, raised: 0 };
      const marked = await em.execute<Array<{ child_id: string; period_start: string; due_date: string }>>(
        `update owed_report set alert_level = ?, updated_at = now() where id = any(string_to_array(?, ',')::uuid[])
         returning child_id, period_start::text, due_date::text`,
        [level, missing.join(',')],
      );
      const suspended = level === 3 ? await suspendAidOfChildren(em, marked) : new Map<string, number>();
      await em.execute('select pg_advisory_xact_lock(?)', [ALERT_WRITER_LOCK]);
      const written = await em.execute<Array<{ sequence: string }>>(
        `insert into overdue_report_alert (obligation_id, level, child_id, companion_id, area, period_start, due_date, aid_grants_suspended, raised_at)
         select o.id, ?, o.child_id, o.companion_id, w.area, o.period_start, o.due_date, coalesce(s.grants, 0), ?
           from owed_report o
           join worker w on w.id = o.companion_id
           left join unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::int[]) as s(child_id, grants) on s.child_id = o.child_id
          where o.id = any(string_to_array(?, ',')::uuid[])
          order by o.overdue_at, o.id
         returning sequence`,
        [level, now, [...suspended.keys()].join(','), [...suspended.values()].join(','), missing.join(',')],
      );
      const lastSequence = written.map((row) => BigInt(row.sequence)).reduce((highest, sequence) => (sequence > highest ? sequence : highest), 0n);
      await this.events.publish(em, OVERDUE_REPORT_ALERT_RAISED, { sequence: String(lastSequence) });
      return { claimed: claimed.length, raised: written.length };
    });
  }
}
