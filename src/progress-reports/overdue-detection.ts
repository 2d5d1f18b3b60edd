import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import type { DomainEvents } from '../shared/events/domain-events';
import { jakartaDate } from '../shared/jakarta-date';
import { Worker } from '../workers/worker.entity';
import { ProgressReport } from './progress-report.entity';
import { ClosedReportingPeriod, OverdueReportAlert, OwedReport } from './overdue-alert.entities';
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

/** What level 3 does to the child's aid; returns how many grants it suspended. */
export type SuspendChildAid = (em: EntityManager, obligation: OwedReport) => Promise<number>;

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
    private readonly suspendChildAid: SuspendChildAid,
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

  /** Returns false when another instance closed the period first. */
  private async closePeriod(period: ReportingPeriod): Promise<boolean> {
    return this.newEntityManager().transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [PERIOD_CLOSING_LOCK]);
      if (await em.findOne(ClosedReportingPeriod, { periodStart: period.periodStart })) return false;
      const dueDate = dueDateOf(period, this.config.graceDays);
      // Owed by whoever is assigned on the period's last day; a report already submitted fulfils it.
      const written = await em.execute(
        `insert into owed_report (id, child_id, companion_id, period_start, period_end, due_date, overdue_at, fulfilled_at, alert_level)
         select gen_random_uuid(), a.child_id, a.companion_id, ?, ?, ?, ?, r.submitted_at, 0
           from companion_assignment a
           left join progress_report r on r.child_id = a.child_id and r.period_start = ? and r.submitted_at is not null
          where a.started_on <= ? and (a.ended_on is null or a.ended_on > ?)
         on conflict (child_id, period_start) do nothing`,
        [period.periodStart, period.periodEnd, dueDate, overdueAtOf(dueDate), period.periodStart, period.periodEnd, period.periodEnd],
        'run',
      );
      em.create(ClosedReportingPeriod, { periodStart: period.periodStart, obligations: (written as unknown as { affectedRows: number }).affectedRows });
      await em.flush();
      return true;
    });
  }

  /** Raises `level` for up to one batch of obligations whose threshold passed. */
  private async raiseBatch(level: 1 | 2 | 3, overdueBefore: Date, now: Date): Promise<{ claimed: number; raised: number }> {
    return this.newEntityManager().transactional(async (em) => {
      // The partial escalation index serves this: it holds only obligations still waiting for a report.
      const obligations = await em.find(
        OwedReport,
        { fulfilledAt: null, alertLevel: level - 1, overdueAt: { $lte: overdueBefore } },
        { orderBy: { overdueAt: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!obligations.length) return { claimed: 0, raised: 0 };
      // A report submitted while its period was closing is found here and fulfils its obligation instead.
      const submitted = await em.find(ProgressReport, {
        $or: obligations.map((obligation) => ({ child: obligation.child, periodStart: obligation.periodStart })),
        submittedAt: { $ne: null },
      });
      const submittedAt = new Map(submitted.map((report) => [`${report.child.id}/${report.periodStart}`, report.submittedAt]));
      for (const obligation of obligations) obligation.fulfilledAt = submittedAt.get(`${obligation.child.id}/${obligation.periodStart}`) ?? null;
      const missing = obligations.filter((obligation) => !obligation.fulfilledAt);
      const companions = await em.find(Worker, { id: { $in: [...new Set(obligations.map((obligation) => obligation.companion.id))] } });
      const areaOf = new Map(companions.map((companion) => [companion.id, companion.area]));
      await em.execute('select pg_advisory_xact_lock(?)', [ALERT_WRITER_LOCK]);
      let lastSequence = '0';
      for (const obligation of missing) {
        obligation.alertLevel = level;
        const aidGrantsSuspended = level === 3 ? await this.suspendChildAid(em, obligation) : 0;
        lastSequence = String(
          await em.insert(OverdueReportAlert, {
            obligation,
            level,
            childId: obligation.child.id,
            companionId: obligation.companion.id,
            area: areaOf.get(obligation.companion.id) ?? null,
            periodStart: obligation.periodStart,
            dueDate: obligation.dueDate,
            aidGrantsSuspended,
            raisedAt: now,
          }),
        );
      }
      await em.flush();
      if (missing.length) await this.events.publish(em, OVERDUE_REPORT_ALERT_RAISED, { sequence: lastSequence });
      return { claimed: obligations.length, raised: missing.length };
    });
  }
}
