import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { JakartaArea } from '../shared/auth/roles';
import { ReportChannel, ReportKind, ReportStatus } from './hotline.enums';

@InputType({ description: 'A report to the office. Anyone may send one, without signing in; staff send the calls and walk-ins they take.' })
export class SubmitHotlineReportInput {
  @Field(() => String, {
    nullable: true,
    description: 'A key the client picks (8 to 100 characters) so that a retry returns the same receipt; the same key with other content is CONFLICT.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, dots, colons, dashes or underscores' })
  idempotencyKey?: string;

  @Field(() => ReportChannel, { description: 'How the report reached the office.' })
  channel!: ReportChannel;

  @Field(() => ReportKind, { description: 'What the report is about.' })
  kind!: ReportKind;

  @Field(() => String, { description: 'What happened, 10 to 4000 characters.' })
  @Length(10, 4000, { message: 'description must be 10 to 4000 characters' })
  description!: string;

  @Field(() => JakartaArea, { nullable: true, description: 'The area where it happened, if known.' })
  area?: JakartaArea;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kecamatan, e.g. 31.71.06.' })
  @IsOptional()
  @Matches(/^31\.\d{2}\.\d{2}$/, { message: 'kecamatanCode must be a DKI Jakarta kecamatan code such as 31.71.06' })
  kecamatanCode?: string;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kelurahan, e.g. 31.71.06.1001.' })
  @IsOptional()
  @Matches(/^31\.\d{2}\.\d{2}\.\d{4}$/, { message: 'kelurahanCode must be a DKI Jakarta kelurahan code such as 31.71.06.1001' })
  kelurahanCode?: string;

  @Field(() => String, { nullable: true, description: 'Address or landmark, up to 500 characters.' })
  @IsOptional()
  @Length(1, 500, { message: 'locationDetail must be at most 500 characters' })
  locationDetail?: string;

  @Field(() => String, { nullable: true, description: 'What the reporter knows of the child (name, age, appearance), up to 1000 characters.' })
  @IsOptional()
  @Length(1, 1000, { message: 'childDescription must be at most 1000 characters' })
  childDescription?: string;

  @Field(() => ID, { nullable: true, description: 'Staff only: a registered child the report is about (within your scope).' })
  @IsOptional()
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId?: string;

  @Field(() => ID, { nullable: true, description: 'The institution where a walk-in report was taken, or that a complaint is about.' })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: 'For a complaint: the worker it is about, if known.' })
  @IsOptional()
  @IsUUID('4', { message: 'accusedWorkerId must be a UUID' })
  accusedWorkerId?: string;

  @Field(() => String, { nullable: true, description: "The reporter's name, if they want to give it (up to 120 characters)." })
  @IsOptional()
  @Length(1, 120, { message: 'reporterName must be at most 120 characters' })
  reporterName?: string;

  @Field(() => String, { nullable: true, description: 'How to reach the reporter, if they want to be reached (up to 120 characters).' })
  @IsOptional()
  @Length(1, 120, { message: 'reporterContact must be at most 120 characters' })
  reporterContact?: string;
}

@ObjectType({ description: 'What a reporter gets back: the tracking code, and nothing else about how the report is handled.' })
export class HotlineReceipt {
  @Field(() => String, { description: 'Keep it to ask hotlineReportStatus later, e.g. LND-7K3Q-9XPA.' })
  trackingCode!: string;

  @Field(() => Date, { description: 'When the office received the report.' })
  receivedAt!: Date;
}

@ObjectType({ description: 'The coarse status of a report, for its reporter.' })
export class HotlineReportStatus {
  @Field(() => String, { description: 'The tracking code asked about.' })
  trackingCode!: string;

  @Field(() => ReportStatus, { description: 'RECEIVED, IN_PROGRESS or CLOSED.' })
  status!: ReportStatus;
}
