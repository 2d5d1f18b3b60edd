import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { reinstateChildAidGrants } from '../aid';
import { CompanionAssignment } from '../children/child-links.entities';
import { Child } from '../children/child.entity';
import { ChildService, todayInJakarta } from '../children/child.service';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import { jakartaDate } from '../shared/jakarta-date';
import type { RequestContext } from '../shared/request-context';
import type { JakartaArea } from '../shared/auth/roles';
import { Worker, WorkerKind } from '../workers/worker.entity';
import { OwedReport } from './overdue-alert.entities';
import { ProgressReport, ProgressReportRevision } from './progress-report.entity';
import { ObligationState, ProgressReportStatus, ReviewDecision } from './progress-report.enums';
import type { ProgressReportContentValue } from './progress-report.content';
import { reportingPeriodMonths } from './reporting-periods';
import { addDays, dueDateOf, periodContaining, periodsOwed } from './reporting-schedule';

export interface ReportingObligation {
  childId: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  state: ObligationState;
  report: ProgressReport | null;
}

/** Accountability reports: companions write and submit them, supervisors accept or return them. */
export class ProgressReportService {
  constructor(private readonly context: RequestContext) {}

  /** The worker record of the signed-in companion. */
  private async myWorker(): Promise<Worker> {
    const { actor, em } = this.context;
    const workerId = actor.kind === 'STAFF' ? actor.workerId : null;
    const worker = workerId ? await em.findOne(Worker, workerId) : null;
    if (!worker) throw new ForbiddenError('Your staff account is not linked to a companion record; ask an administrator.');
    return worker;
  }

  async saveDraft(childId: string, periodStart: string, content: ProgressReportContentValue): Promise<ProgressReport> {
    const em = this.context.em;
    const companion = await this.myWorker();
    // The child first, so nothing about a child the caller may not see (not even its reporting period) shows.
    const assignments = await em.find(CompanionAssignment, { companion, child: childId });
    const children = new ChildService(this.context);
    const child = assignments.length ? await em.findOne(Child, childId) : await children.findVisible(childId);
    if (!child) throw new NotFoundError('child', childId);
    const months = (await reportingPeriodMonths(em, [child.id])).get(child.id) ?? 1;
    const period = periodContaining(periodStart, months);
    if (period.periodStart !== periodStart) {
      throw new BadUserInputError(`periodStart must be the first day of one of the child's reporting periods (${months} month(s) each), e.g. ${period.periodStart}.`, {
        field: 'periodStart',
      });
    }
    if (periodStart > todayInJakarta()) throw new BadUserInputError('A report cannot be written for a period that has not started.', { field: 'periodStart' });
    // A companion reports on the periods they owe, even for a child since handed over to someone else.
    const owed = assignments.some((assignment) => periodsOwed(assignment, periodStart, todayInJakarta(), months).some((owes) => owes.periodStart === periodStart));
    if (!owed && !(await children.findVisible(childId))) throw new NotFoundError('child', childId);
    let report = await em.findOne(ProgressReport, { child, periodStart });
    if (report && report.companion.id !== companion.id) throw new ConflictError("This period's report belongs to another companion.", { field: 'childId' });
    report ??= em.create(ProgressReport, { child, companion, ...period, dueDate: dueDateOf(period, this.context.config.reports.graceDays), content });
    report.saveDraft(content);
    await em.flush();
    return report;
  }

  /** Submits the current text; each submission is kept as a revision. */
  async submit(reportId: string, expectedVersion: number): Promise<ProgressReport> {
    const em = this.context.em;
    const companion = await this.myWorker();
    const report = await this.requireReport(reportId);
    if (report.companion.id !== companion.id) throw new ForbiddenError('Only the companion who wrote the report submits it.');
    await em.lock(report, LockMode.OPTIMISTIC, expectedVersion);
    report.submit(new Date());
    em.create(ProgressReportRevision, { report, submission: report.submissions, content: report.content, submittedBy: this.staffId() });
    await em.flush();
    // Stops escalation; should this statement fail, the next detection run finds the submission itself.
    await em.nativeUpdate(OwedReport, { child: report.child, periodStart: report.periodStart, fulfilledAt: null }, { fulfilledAt: report.submittedAt });
    return report;
  }

  /**
   * Accepts or returns a submitted report. Accepting the report that suspended the child's aid (level 3)
   * reinstates it in the same transaction, unless another of the child's reports is still at level 3.
   */
  async review(reportId: string, expectedVersion: number, decision: ReviewDecision, reason: string | null): Promise<ProgressReport> {
    const visible = await this.requireReport(reportId);
    return this.context.em.transactional(async (em) => {
      const report = await em.findOneOrFail(ProgressReport, visible.id);
      await em.lock(report, LockMode.OPTIMISTIC, expectedVersion);
      report.review(decision === ReviewDecision.ACCEPT, reason, this.staffId(), new Date());
      await em.flush();
      if (decision === ReviewDecision.ACCEPT && !(await this.stillSuspending(em, report))) {
        await reinstateChildAidGrants(em, report.child.id, 'OVERDUE_REPORT', this.staffId());
      }
      // An accepted report also shows the companion follows the child: it clears a failed spot check.
      if (decision === ReviewDecision.ACCEPT) {
        await reinstateChildAidGrants(em, report.child.id, 'SPOT_CHECK', this.staffId(), 'An accepted progress report cleared the spot check.');
      }
      return report;
    });
  }

  /** Whether another of the child's reports reached level 3 and has not been accepted yet. */
  private async stillSuspending(em: EntityManager, accepted: ProgressReport): Promise<boolean> {
    const [row] = await em.execute<Array<{ pending: boolean }>>(
      `select exists (
         select 1 from owed_report o
           left join progress_report r on r.child_id = o.child_id and r.period_start = o.period_start
          where o.child_id = ? and o.alert_level = 3 and o.period_start <> ? and r.status is distinct from 'ACCEPTED'
       ) as pending`,
      [accepted.child.id, accepted.periodStart],
    );
    return row.pending;
  }

  /** A child's reports, newest period first (the child must be in the caller's scope). */
  async forChild(childId: string): Promise<ProgressReport[]> {
    const child = await new ChildService(this.context).requireChild(childId);
    return this.context.em.find(ProgressReport, { child }, { orderBy: { periodStart: 'desc' } });
  }

  /**
   * What the signed-in companion owes over the last `months` months: one entry per child and period of
   * their assignments (each child's periods as long as its programmes say), with the report if there is
   * one. Three statements whatever the caseload size.
   */
  async myObligations(months: number): Promise<ReportingObligation[]> {
    const today = todayInJakarta();
    const from = windowStart(months, today);
    const companion = await this.myWorker();
    const assignments = await this.context.em.find(
      CompanionAssignment,
      { companion, $or: [{ endedOn: null }, { endedOn: { $gt: from } }] },
      { orderBy: { startedOn: 'asc' } },
    );
    const reports = await this.context.em.find(ProgressReport, { child: { $in: assignments.map((assignment) => assignment.child.id) }, periodStart: { $gte: from } });
    const byKey = new Map(reports.map((report) => [`${report.child.id}/${report.periodStart}`, report]));
    const graceDays = this.context.config.reports.graceDays;
    const monthsOf = await reportingPeriodMonths(this.context.em, assignments.map((assignment) => assignment.child.id));
    return assignments.flatMap((assignment) =>
      periodsOwed(assignment, from, today, monthsOf.get(assignment.child.id)).map((period) => {
        const report = byKey.get(`${assignment.child.id}/${period.periodStart}`) ?? null;
        const dueDate = report?.dueDate ?? dueDateOf(period, graceDays);
        return { childId: assignment.child.id, ...period, dueDate, report, state: stateOf(report, period.periodEnd, dueDate, today) };
      }),
    );
  }

  /** A report is reachable by its companion, or through a child the caller may see. */
  /**
   * Per companion of an area (all areas for a supervisor without one): children in the caseload now, and
   * over the last `months` months the ended periods reported on time, late, or still missing after the due
   * date. Four statements whatever the number of companions.
   */
  async overview(months: number, area: JakartaArea | null): Promise<CompanionReportingSummary[]> {
    const today = todayInJakarta();
    const from = windowStart(months, today);
    const { actor, em } = this.context;
    const scopeArea = actor.kind === 'STAFF' ? actor.area : null;
    if (scopeArea && area && area !== scopeArea) throw new ForbiddenError('You see the companions of your own area.');
    const effectiveArea = scopeArea ?? area;
    const companions = await em.find(Worker, { kind: WorkerKind.COMPANION, ...(effectiveArea ? { area: effectiveArea } : {}) }, { orderBy: { fullName: 'asc' } });
    const assignments = await em.find(CompanionAssignment, { companion: { $in: companions }, $or: [{ endedOn: null }, { endedOn: { $gt: from } }] });
    const reports = await em.find(ProgressReport, { companion: { $in: companions }, periodStart: { $gte: from } });
    const reportByKey = new Map(reports.map((report) => [`${report.companion.id}/${report.child.id}/${report.periodStart}`, report]));
    const graceDays = this.context.config.reports.graceDays;
    const monthsOf = await reportingPeriodMonths(em, assignments.map((assignment) => assignment.child.id));
    return companions.map((companion) => {
      const own = assignments.filter((assignment) => assignment.companion.id === companion.id);
      const summary: CompanionReportingSummary = { companionId: companion.id, children: own.filter((assignment) => !assignment.endedOn).length, onTime: 0, late: 0, missing: 0 };
      for (const assignment of own) {
        for (const period of periodsOwed(assignment, from, today, monthsOf.get(assignment.child.id)).filter((owed) => owed.periodEnd < today)) {
          const report = reportByKey.get(`${companion.id}/${assignment.child.id}/${period.periodStart}`);
          const dueDate = report?.dueDate ?? dueDateOf(period, graceDays);
          const submittedOn = report?.submittedAt ? jakartaDate(report.submittedAt) : null;
          if (submittedOn) summary[submittedOn <= dueDate ? 'onTime' : 'late'] += 1;
          else if (today > dueDate) summary.missing += 1;
        }
      }
      return summary;
    });
  }

  private async requireReport(reportId: string): Promise<ProgressReport> {
    const report = await this.context.em.findOne(ProgressReport, reportId);
    const { actor } = this.context;
    const ownReport = report && actor.kind === 'STAFF' && actor.workerId === report.companion.id;
    if (!report || !(ownReport || (await new ChildService(this.context).findVisible(report.child.id)))) throw new NotFoundError('progress report', reportId);
    return report;
  }

  private staffId(): string | null {
    return this.context.actor.kind === 'STAFF' ? this.context.actor.staffAccountId : null;
  }
}

/** First day of the window of the last `months` calendar months, the running one included (1 to 24). */
function windowStart(months: number, today: string): string {
  if (!Number.isInteger(months) || months < 1 || months > 24) throw new BadUserInputError('months must be 1 to 24.', { field: 'months' });
  let from = periodContaining(today).periodStart;
  for (let month = 1; month < months; month += 1) from = periodContaining(addDays(from, -1)).periodStart;
  return from;
}

function stateOf(report: ProgressReport | null, periodEnd: string, dueDate: string, today: string): ObligationState {
  if (report?.status === ProgressReportStatus.SUBMITTED) return ObligationState.SUBMITTED;
  if (report?.status === ProgressReportStatus.ACCEPTED) return ObligationState.ACCEPTED;
  if (report?.status === ProgressReportStatus.RETURNED) return ObligationState.RETURNED;
  if (today <= periodEnd) return ObligationState.UPCOMING;
  return today > dueDate ? ObligationState.OVERDUE : ObligationState.DUE;
}

export interface CompanionReportingSummary {
  companionId: string;
  children: number;
  onTime: number;
  late: number;
  missing: number;
}
