import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { ReportChannel, ReportKind, ReportStatus } from './hotline.enums';

/**
 * A report from the public or taken by staff. Once a receipt is given the row exists: it is written
 * before the receipt is returned, and never deleted. Reporter contact details are personal data.
 */
@Entity({ tableName: 'hotline_report' })
@ObjectType({ description: 'A report to the hotline or a reporting point, as staff who may handle it see it.' })
export class HotlineReport extends BaseEntity {
  @Field(() => String, { description: 'The code the reporter was given to follow the report, e.g. LND-7K3Q-9XPA.' })
  @Property({ type: 'string', length: 20, unique: true })
  trackingCode!: string;

  /** Client-chosen key that makes a retry return the same receipt instead of a second report. */
  @Property({ type: 'string', length: 100, nullable: true, unique: true })
  idempotencyKey: string | null = null;

  /** SHA-256 of the submitted content, to tell a retry from another report under the same key. */
  @Property({ type: 'string', length: 64 })
  contentFingerprint!: string;

  @Field(() => ReportChannel, { description: 'How the report reached the office.' })
  @Enum({ items: () => ReportChannel, nativeEnumName: 'report_channel' })
  channel!: ReportChannel;

  @Field(() => ReportKind, { description: 'What the report is about; complaints are routed to auditors only.' })
  @Index()
  @Enum({ items: () => ReportKind, nativeEnumName: 'report_kind' })
  kind!: ReportKind;

  @Field(() => ReportStatus, { description: 'Coarse status, the same the reporter sees.' })
  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: Opt<ReportStatus> = ReportStatus.RECEIVED;

  @Field(() => String, { description: 'What happened, in the reporter\'s words.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => JakartaArea, { nullable: true, description: 'The area where it happened, when known.' })
  @Index()
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kecamatan where it happened.' })
  @Property({ type: 'string', length: 16, nullable: true })
  kecamatanCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kelurahan where it happened.' })
  @Property({ type: 'string', length: 16, nullable: true })
  kelurahanCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Address or landmark where the child (or the problem) can be found.' })
  @Property({ type: 'text', nullable: true })
  locationDetail: string | null = null;

  @Field(() => String, { nullable: true, description: "What the reporter said about the child (name, age, what they look like)." })
  @Property({ type: 'text', nullable: true })
  childDescription: string | null = null;

  /** A registered child, when staff taking the report could identify them. */
  @Property({ type: 'uuid', nullable: true })
  childId: string | null = null;

  /** The institution where a walk-in report was taken, or that a complaint is about. */
  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  /** The worker a complaint is about, when named. */
  @Property({ type: 'uuid', nullable: true })
  accusedWorkerId: string | null = null;

  @Guarded()
  @Field(() => String, { nullable: true, description: "The reporter's name, if they gave it. Personal data." })
  @Property({ type: 'string', nullable: true })
  reporterName: string | null = null;

  @Guarded()
  @Field(() => String, { nullable: true, description: "How to reach the reporter, if they gave it. Personal data." })
  @Property({ type: 'string', nullable: true })
  reporterContact: string | null = null;

  /** When the retention rule erased the reporter's identity and the free-text details (case closed long ago). */
  @Property({ type: 'datetime', nullable: true })
  anonymisedAt: Date | null = null;

  /** The staff account that took the report (null when the public submitted it). */
  @Property({ type: 'uuid', nullable: true })
  takenBy: string | null = null;

  /** The protection case a CHILD_AT_RISK report opened or joined. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  protectionCaseId: string | null = null;
}
