import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Child } from '../children/child.entity';
import { RegistryLoaders } from '../children/child.loaders';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import { groupByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { ProgressReportContentInput } from './progress-report.content';
import { ProgressReport, ProgressReportRevision } from './progress-report.entity';
import { ObligationState, ReviewDecision } from './progress-report.enums';
import { type CompanionReportingSummary, ProgressReportService, type ReportingObligation } from './progress-report.service';

@InputType({ description: 'A draft of an accountability report: for one child in your caseload and one monthly period.' })
export class SaveProgressReportDraftInput {
  @Field(() => ID, { description: 'The child reported on (in your caseload).' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the month reported on, e.g. 2026-10-01.' })
  periodStart!: string;

  @Field(() => ProgressReportContentInput, { description: 'The text; it may be incomplete until submitted.' })
  content!: ProgressReportContentInput;
}

@InputType({ description: "A supervisor's review of a submitted report." })
export class ReviewProgressReportInput {
  @Field(() => ID, { description: 'The report reviewed.' })
  @IsUUID('4', { message: 'reportId must be a UUID' })
  reportId!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is CONFLICT.' })
  expectedVersion!: number;

  @Field(() => ReviewDecision, { description: 'ACCEPT, or RETURN with a reason.' })
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Why it is returned: required for RETURN, up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}

@ObjectType({ description: 'One report a companion owes: a child and a period, and where it stands.' })
export class ReportingObligationEntry implements ReportingObligation {
  @Field(() => ID, { description: 'The child owed a report on (their profile shows only while in your scope).' })
  childId!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period.' })
  periodEnd!: string;

  @Field(() => LocalDateScalar, { description: 'Overdue after this day.' })
  dueDate!: string;

  @Field(() => ObligationState, { description: 'Where it stands.' })
  state!: ObligationState;

  @Field(() => ProgressReport, { nullable: true, description: 'The report, once a draft exists.' })
  report!: ProgressReport | null;
}

@ObjectType({ description: "One companion's reporting record: caseload now, and reports on time, late and missing." })
export class CompanionReportingSummaryEntry implements CompanionReportingSummary {
  companionId!: string;

  @Field(() => Int, { description: 'Children in the caseload now.' })
  children!: number;

  @Field(() => Int, { description: 'Ended periods reported by the due date.' })
  onTime!: number;

  @Field(() => Int, { description: 'Ended periods reported after the due date.' })
  late!: number;

  @Field(() => Int, { description: 'Periods past their due date with no submitted report.' })
  missing!: number;
}

/** Accountability reports (DOMAIN.md promises 5 and 7). */
@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Guarded()
  @Mutation(() => ProgressReport, { description: 'Creates or updates your draft report on a child in your caseload for one month.' })
  saveProgressReportDraft(@Arg('input') input: SaveProgressReportDraftInput, @Ctx() context: RequestContext): Promise<ProgressReport> {
    const { developmentScores, needStatuses, ...text } = input.content;
    return new ProgressReportService(context).saveDraft(input.childId, input.periodStart, {
      ...text,
      developmentScores: developmentScores.map(({ domain, score }) => ({ domain, score })),
      needStatuses: needStatuses.map(({ kind, status, note }) => ({ kind, status, note: note ?? null })),
    });
  }

  @Guarded()
  @Mutation(() => ProgressReport, { description: 'Submits your report for review; it must be complete. Each submission is kept.' })
  submitProgressReport(@Arg('reportId', () => ID) reportId: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() context: RequestContext): Promise<ProgressReport> {
    return new ProgressReportService(context).submit(reportId, expectedVersion);
  }

  @Guarded()
  @Mutation(() => ProgressReport, { description: 'Accepts a submitted report, or returns it with the reason.' })
  reviewProgressReport(@Arg('input') input: ReviewProgressReportInput, @Ctx() context: RequestContext): Promise<ProgressReport> {
    return new ProgressReportService(context).review(input.reportId, input.expectedVersion, input.decision, input.reason ?? null);
  }

  @Guarded()
  @Query(() => [ReportingObligationEntry], { description: 'The reports you owe over the last months: upcoming, due, overdue, submitted, accepted or returned.' })
  myReportingObligations(
    @Arg('months', () => Int, { defaultValue: 3, description: 'How many months back, 1 to 24.' }) months: number,
    @Ctx() context: RequestContext,
  ): Promise<ReportingObligation[]> {
    return new ProgressReportService(context).myObligations(months);
  }

  @Guarded()
  @Query(() => [CompanionReportingSummaryEntry], { description: 'Per companion of your area (or of `area`, for a supervisor without one): caseload and reports on time, late and missing.' })
  reportingOverview(
    @Arg('months', () => Int, { defaultValue: 3, description: 'How many months back, 1 to 24.' }) months: number,
    @Arg('area', () => JakartaArea, { nullable: true, description: 'The area, for a supervisor without one.' }) area: JakartaArea | null,
    @Ctx() context: RequestContext,
  ): Promise<CompanionReportingSummary[]> {
    return new ProgressReportService(context).overview(months, area ?? null);
  }

  @Guarded()
  @Query(() => [ProgressReport], { description: "A child's reports, newest period first (the child must be in your scope)." })
  childProgressReports(@Arg('childId', () => ID) childId: string, @Ctx() context: RequestContext): Promise<ProgressReport[]> {
    return new ProgressReportService(context).forChild(childId);
  }

  @Guarded()
  @FieldResolver(() => [ProgressReportRevision], { description: 'Every submitted version, first to last.' })
  revisions(@Root() report: ProgressReport, @Ctx() context: RequestContext): Promise<ProgressReportRevision[]> {
    return context.loaders
      .get('report-revisions', async (reportIds: readonly string[]) => {
        const rows = await context.em.find(ProgressReportRevision, { report: { $in: [...reportIds] } }, { orderBy: { submission: 'asc' } });
        return groupByKeys(reportIds, rows, (row) => row.report.id);
      })
      .load(report.id);
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child, when in your scope.' })
  child(@Root() report: ProgressReport, @Ctx() context: RequestContext): Promise<Child | null> {
    return new RegistryLoaders(context).childById.load(report.child.id);
  }

  @Guarded()
  @FieldResolver(() => Worker, { description: 'The companion who wrote it.' })
  async companion(@Root() report: ProgressReport, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(report.companion.id)) as Worker;
  }
}

@Resolver(() => ReportingObligationEntry)
export class ReportingObligationResolver {
  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child owed a report on, while in your caseload; null after a handover.' })
  child(@Root() obligation: ReportingObligationEntry, @Ctx() context: RequestContext): Promise<Child | null> {
    return new RegistryLoaders(context).childById.load(obligation.childId);
  }
}

@Resolver(() => CompanionReportingSummaryEntry)
export class CompanionReportingSummaryResolver {
  @Guarded()
  @FieldResolver(() => Worker, { description: 'The companion.' })
  async companion(@Root() summary: CompanionReportingSummaryEntry, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(summary.companionId)) as Worker;
  }
}
