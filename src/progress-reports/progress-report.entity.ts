import { Entity, Enum, Index, ManyToOne, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Child } from '../children/child.entity';
import { BaseEntity } from '../shared/database/base.entity';
import { BadUserInputError, ConflictError } from '../shared/errors/domain-error';
import { Worker } from '../workers/worker.entity';
import { ProgressReportStatus } from './progress-report.enums';
import { ProgressReportContent, type ProgressReportContentValue } from './progress-report.content';

/**
 * A companion's accountability report on one child for one period. The report holds the current text;
 * every submission is kept as a revision, so a returned and resubmitted report shows each version.
 */
@Entity({ tableName: 'progress_report' })
@Unique({ properties: ['child', 'periodStart'] })
@Index({ properties: ['companion', 'periodStart'] })
@ObjectType({ description: "A companion's accountability report on one child for one period." })
export class ProgressReport extends BaseEntity {
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  companion!: Worker;

  @Field(() => LocalDateScalar, { description: 'First day of the period reported on.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period reported on.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => LocalDateScalar, { description: 'The report is overdue after this day: end of period plus the grace days.' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => ProgressReportStatus, { description: 'Where the report stands.' })
  @Enum({ items: () => ProgressReportStatus, nativeEnumName: 'progress_report_status' })
  status: Opt<ProgressReportStatus> = ProgressReportStatus.DRAFT;

  @Field(() => Int, { description: 'Optimistic lock: send it back when submitting or reviewing; a stale one is CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => ProgressReportContent, { description: 'The current text: the draft, or what was last submitted.' })
  @Property({ type: 'json' })
  content!: ProgressReportContentValue;

  @Field(() => Int, { description: 'How many times it was submitted.' })
  @Property({ type: 'integer' })
  submissions: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The reviewer's reason when the report was returned." })
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The supervisor who reviewed it last.' })
  @Property({ type: 'uuid', nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was reviewed last.' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  /** A draft, or a returned report being corrected, takes new text; anything else is under review or done. */
  saveDraft(content: ProgressReportContentValue): void {
    if (this.status === ProgressReportStatus.SUBMITTED || this.status === ProgressReportStatus.ACCEPTED) {
      throw new ConflictError(`The report is ${this.status}; it can no longer be edited.`, { field: 'content' });
    }
    this.content = content;
  }

  submit(at: Date): void {
    if (this.status === ProgressReportStatus.SUBMITTED || this.status === ProgressReportStatus.ACCEPTED) {
      throw new ConflictError(`The report is already ${this.status}.`, { field: 'reportId' });
    }
    const missing = (['developmentNarrative', 'problems', 'solutions', 'nextSteps'] as const).filter((part) => !this.content[part].trim());
    if (missing.length || this.content.developmentScores.length === 0) {
      throw new BadUserInputError(`A report is submitted complete: fill in ${[...missing, ...(this.content.developmentScores.length ? [] : ['developmentScores'])].join(', ')}.`, {
        field: 'content',
      });
    }
    this.status = ProgressReportStatus.SUBMITTED;
    this.submittedAt = at;
    this.submissions += 1;
  }

  review(accept: boolean, reason: string | null, reviewerId: string | null, at: Date): void {
    if (this.status !== ProgressReportStatus.SUBMITTED) throw new ConflictError(`Only a submitted report is reviewed; this one is ${this.status}.`, { field: 'reportId' });
    if (!accept && !reason?.trim()) throw new BadUserInputError('Say why the report is returned, so the companion can correct it.', { field: 'reason' });
    this.status = accept ? ProgressReportStatus.ACCEPTED : ProgressReportStatus.RETURNED;
    this.returnReason = accept ? null : (reason as string).trim();
    this.reviewedBy = reviewerId;
    this.reviewedAt = at;
  }
}

/** One submitted version of a report, kept as it was. */
@Entity({ tableName: 'progress_report_revision' })
@Unique({ properties: ['report', 'submission'] })
@ObjectType({ description: 'One submitted version of a report, as it was submitted.' })
export class ProgressReportRevision extends BaseEntity {
  @ManyToOne(() => ProgressReport, { deleteRule: 'restrict' })
  report!: ProgressReport;

  @Field(() => Int, { description: '1 for the first submission, 2 for the next, ...' })
  @Property({ type: 'integer' })
  submission!: number;

  @Field(() => ProgressReportContent, { description: 'What was submitted.' })
  @Property({ type: 'json' })
  content!: ProgressReportContentValue;

  @Field(() => ID, { nullable: true, description: 'The staff account that submitted it.' })
  @Property({ type: 'uuid', nullable: true })
  submittedBy: string | null = null;
}
