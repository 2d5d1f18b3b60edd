import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Child } from '../children/child.entity';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { Worker } from '../workers/worker.entity';

/**
 * One report owed: a child, a companion and an ended period, written when the period ends (by whoever was
 * assigned on its last day). It exists so that overdue detection reads only the obligations whose next
 * alert is due, through a partial index, instead of recomputing every schedule at every run.
 */
@Entity({ tableName: 'owed_report' })
@Unique({ properties: ['child', 'periodStart'] })
@Index({ properties: ['companion', 'periodStart'] })
@Index({
  name: 'owed_report_escalation_index',
  expression:
    'create index "owed_report_escalation_index" on "owed_report" ("alert_level", "overdue_at") where "fulfilled_at" is null and "alert_level" < 3',
})
export class OwedReport extends BaseEntity {
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  companion!: Worker;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'date' })
  dueDate!: string;

  /** The first instant after the due date in Asia/Jakarta: from then on the report is overdue. */
  @Property({ type: 'datetime' })
  overdueAt!: Date;

  /** When the report was first submitted; escalation stops there. */
  @Property({ type: 'datetime', nullable: true })
  fulfilledAt: Date | null = null;

  /** The highest alert level raised so far (0: none). */
  @Property({ type: 'smallint' })
  alertLevel: Opt<number> = 0;
}

/**
 * A month whose end has been processed: the owed reports of every reporting period ending with it (monthly,
 * or quarterly and longer for some programmes) were written. Each month is closed once.
 */
@Entity({ tableName: 'closed_reporting_period' })
export class ClosedReportingPeriod {
  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  closedAt: Opt<Date> = new Date();

  /** How many owed reports closing the month wrote. */
  @Property({ type: 'integer' })
  obligations!: number;
}

/**
 * An overdue report's alert at one level, raised once (unique per obligation and level). The table is
 * also the alert feed's outbox: `sequence` grows in commit order, so a supervisor can resume after it.
 */
@Entity({ tableName: 'overdue_report_alert' })
@Unique({ properties: ['obligation', 'level'] })
@Index({ properties: ['area', 'sequence'] })
@ObjectType({ description: 'A report not submitted by its due date, at one escalation level; each level is raised once per report.' })
export class OverdueReportAlert {
  @Field(() => String, { description: 'Position in the alert feed (a decimal number as text); pass the last one you received as afterSequence to resume.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  sequence!: Opt<string>;

  @ManyToOne(() => OwedReport, { deleteRule: 'restrict' })
  obligation!: OwedReport;

  @Field(() => Int, {
    description: "1: the due date passed; 2: still missing after the second threshold, raised to the supervisors' head; 3: still missing after the third, the child's aid is suspended.",
  })
  @Property({ type: 'smallint' })
  level!: number;

  @Property({ type: 'uuid' })
  childId!: string;

  @Property({ type: 'uuid' })
  companionId!: string;

  @Field(() => JakartaArea, { nullable: true, description: "The companion's area, which decides which supervisors receive the alert." })
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Field(() => LocalDateScalar, { description: 'First day of the period the report is owed for.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'The last day the report was due.' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => Int, { description: "How many of the child's aid grants this alert suspended (level 3 only; 0 otherwise)." })
  @Property({ type: 'integer' })
  aidGrantsSuspended: Opt<number> = 0;

  @Field(() => Date, { description: 'When the alert was raised.' })
  @Property({ type: 'datetime' })
  raisedAt!: Date;
}
