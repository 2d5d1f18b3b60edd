import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { JakartaArea } from '../shared/auth/roles';
import { ChildNeedKind, ChildNeedStatus, DevelopmentDomain, SchoolLevel } from './child-needs.entities';
import { GuardianRelationship } from './child-links.entities';
import { CareArrangement, ConsentStatus, LegalBasis, PksaProgramme, RecordStatus, RiskLevel, Sex } from './child.enums';

const KEMENDAGRI_CODE = /^31(\.\d{2}){2}(\.\d{4})?$/;

@InputType({ description: 'A value for an admin-defined profile field, as text; null clears it.' })
export class CustomFieldValueInput {
  @Field(() => String, { description: 'Key of the profile field; a field that does not exist or you may not write is refused with BAD_USER_INPUT.' })
  @Length(1, 64)
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value as text: numbers like 12.5, dates as YYYY-MM-DD, booleans as true/false, CHOICE one of its choices; null or empty clears it.',
  })
  value!: string | null;
}

/** Profile fields that registration and updates share; on update, fields left out stay as they are. */
@InputType()
abstract class ChildProfileFields {
  @Field(() => String, { nullable: true, description: 'Nama panggilan: what the child is called day to day, 1 to 80 characters.' })
  @IsOptional()
  @Length(1, 80, { message: 'nickname must be 1 to 80 characters' })
  nickname?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth (YYYY-MM-DD); mark it with dateOfBirthEstimated when it is a guess.' })
  @IsOptional()
  dateOfBirth?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when the date of birth is an estimate (no birth record); a NIK's birth date is then not checked against it.",
  })
  dateOfBirthEstimated?: boolean;

  @Field(() => String, { nullable: true, description: 'NIK: 16 digits.' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'nik must be 16 digits' })
  nik?: string;

  @Field(() => JakartaArea, {
    nullable: true,
    description: 'Area of DKI Jakarta where the child is now; must contain the kecamatan when one is given. On registration, your own area when left out.',
  })
  area?: JakartaArea;

  @Field(() => String, {
    nullable: true,
    description: "Kemendagri code of the kecamatan where the child is now, e.g. 31.71.06; it must lie in the child's area (BAD_USER_INPUT otherwise) and fills in the area when none is known.",
  })
  @IsOptional()
  @Matches(KEMENDAGRI_CODE, { message: 'kecamatanCode must be a DKI Jakarta kecamatan code such as 31.71.06' })
  kecamatanCode?: string;

  @Field(() => String, {
    nullable: true,
    description: "Kemendagri code of the kelurahan where the child is now, e.g. 31.71.06.1001; it must lie in the child's kecamatan (BAD_USER_INPUT otherwise).",
  })
  @IsOptional()
  @Matches(KEMENDAGRI_CODE, { message: 'kelurahanCode must be a DKI Jakarta kelurahan code such as 31.71.06.1001' })
  kelurahanCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Exact address or landmark where the child can be found, 1 to 500 characters. Sensitive: read back only by social workers, companions, supervisors and institution staff.',
  })
  @IsOptional()
  @Length(1, 500, { message: 'address must be 1 to 500 characters' })
  address?: string;

  @Field(() => CareArrangement, { nullable: true, description: 'Where and with whom the child lives now.' })
  careArrangement?: CareArrangement;

  @Field(() => [PksaProgramme], { nullable: true, description: 'The PKSA programmes the child falls under; when given, replaces the whole list.' })
  @IsOptional()
  @ArrayMaxSize(6)
  programmes?: PksaProgramme[];

  @Field(() => Boolean, { nullable: true, description: 'Whether the child has a disability.' })
  hasDisability?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the disability is and what support it needs, up to 2000 characters. Sensitive (health data): read back only by roles that care for the child.',
  })
  @IsOptional()
  @Length(1, 2000)
  disabilityDetail?: string;

  @Field(() => RiskLevel, { nullable: true, description: 'How much danger the child is in, as assessed now.' })
  riskLevel?: RiskLevel;

  @Field(() => ConsentStatus, { nullable: true, description: "Consent to processing the child's data; a change is timestamped in consentRecordedAt." })
  consentStatus?: ConsentStatus;

  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description: 'Values of admin-defined profile fields you may write; fields left out keep their value. A required field left without a value is refused with BAD_USER_INPUT.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  customFields?: CustomFieldValueInput[];
}

@InputType({ description: 'A child to register. Close matches of name, birth date and area are reported first.' })
export class RegisterChildInput extends ChildProfileFields {
  @Field(() => String, { description: "The child's full name, 2 to 120 characters." })
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => Sex, { description: "The child's sex, as on the birth record." })
  sex!: Sex;

  @Field(() => LegalBasis, { description: "Lawful ground on which the office processes this child's data." })
  legalBasis!: LegalBasis;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Register even though probable duplicates were reported (after checking they are other children).',
  })
  confirmNotDuplicate = false;
}

@InputType({ description: "Changes to a child's profile. Send the version you read; a stale one is refused." })
export class UpdateChildProfileInput extends ChildProfileFields {
  @Field(() => ID, { description: 'The child to change; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "The child's full name, 2 to 120 characters." })
  @IsOptional()
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName?: string;

  @Field(() => Sex, { nullable: true, description: "The child's sex, as on the birth record." })
  sex?: Sex;

  @Field(() => LegalBasis, { nullable: true, description: "Lawful ground on which the office processes this child's data." })
  legalBasis?: LegalBasis;

  @Field(() => RecordStatus, { nullable: true, description: 'Whether the office still works with the child.' })
  recordStatus?: RecordStatus;
}

@InputType({ description: 'A guardian for a child: an existing one by id, or a new one by name.' })
export class LinkGuardianInput {
  @Field(() => ID, { description: 'The child to link the guardian to; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID, { nullable: true, description: 'An existing guardian (one guardian can have several children).' })
  @IsOptional()
  @IsUUID('4', { message: 'guardianId must be a UUID' })
  guardianId?: string;

  @Field(() => String, { nullable: true, description: 'A new guardian: full name.' })
  @IsOptional()
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new guardian: phone number (digits, spaces and dashes, optionally starting with +); ignored with guardianId.',
  })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'A new guardian: home address, up to 500 characters; ignored with guardianId.' })
  @IsOptional()
  @Length(1, 500)
  address?: string;

  @Field(() => GuardianRelationship, { description: 'How the guardian is related to the child.' })
  relationship!: GuardianRelationship;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether this guardian looks after the child day to day.' })
  isCaregiver = false;
}

@InputType({ description: 'A child to place in an institution, from a given day.' })
export class PlaceChildInput {
  @Field(() => ID, { description: 'The child to place; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID, { description: "The institution; NOT_FOUND when there is none, CONFLICT when it is the child's current one." })
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId!: string;

  @Field(() => LocalDateScalar, {
    description: 'First day of the stay (YYYY-MM-DD, Asia/Jakarta); the current placement ends that day, and a day before it began is refused with BAD_USER_INPUT.',
  })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Why the child is placed there, up to 1000 characters.' })
  @IsOptional()
  @Length(1, 1000)
  reason?: string;
}

@InputType({ description: 'A companion (pendamping) to take over a child, from a given day.' })
export class AssignCompanionInput {
  @Field(() => ID, { description: 'The child to hand over; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID, { description: 'The companion (a worker of kind COMPANION).' })
  @IsUUID('4', { message: 'companionId must be a UUID' })
  companionId!: string;

  @Field(() => LocalDateScalar, {
    description: 'First day of the new assignment (YYYY-MM-DD, Asia/Jakarta); the current one ends that day, and a day before it began is refused with BAD_USER_INPUT.',
  })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Why the previous companion, if any, hands over.' })
  @IsOptional()
  @Length(1, 1000)
  handoverReason?: string;
}

@InputType({ description: 'Records a new need, or updates one when `needId` is given.' })
export class RecordChildNeedInput {
  @Field(() => ID, { description: 'The child whose need it is; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID, { nullable: true, description: "A need of this child to update (NOT_FOUND when this child has no such need); leave out to record a new need." })
  @IsOptional()
  @IsUUID('4', { message: 'needId must be a UUID' })
  needId?: string;

  @Field(() => ChildNeedKind, { description: "The kind of need; when updating, it must be the need's own kind (BAD_USER_INPUT otherwise)." })
  kind!: ChildNeedKind;

  @Field(() => ChildNeedStatus, {
    nullable: true,
    description: 'Where the need stands now. A new need starts OPEN when left out; an update left without it keeps the current status.',
  })
  status?: ChildNeedStatus;

  @Field(() => String, { nullable: true, description: 'What the need is, up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day by which the need should be met (YYYY-MM-DD, Asia/Jakarta).' })
  dueDate?: string;

  @Field(() => String, { nullable: true, description: 'What shows the need is met, e.g. the akta kelahiran number; up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000)
  evidenceNote?: string;

  @Field(() => SchoolLevel, { nullable: true, description: 'For education needs: the level the child is at or aims for.' })
  schoolLevel?: SchoolLevel;

  @Field(() => Boolean, { nullable: true, description: 'For education needs: whether the child is enrolled now.' })
  enrolled?: boolean;
}

@InputType({ description: 'A weight and height measurement of a child; give weightKg, heightCm or both (BAD_USER_INPUT otherwise).' })
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The child measured; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => LocalDateScalar, { description: 'Day of the measurement (YYYY-MM-DD, Asia/Jakarta); a day in the future is refused with BAD_USER_INPUT.' })
  measuredOn!: string;

  @Field(() => Float, { nullable: true, description: 'Kilograms, 0.5 to 200.' })
  @IsOptional()
  @Min(0.5, { message: 'weightKg must be at least 0.5' })
  @Max(200, { message: 'weightKg must be at most 200' })
  weightKg?: number;

  @Field(() => Float, { nullable: true, description: 'Centimetres, 30 to 220.' })
  @IsOptional()
  @Min(30, { message: 'heightCm must be at least 30' })
  @Max(220, { message: 'heightCm must be at most 220' })
  heightCm?: number;
}

@InputType({ description: 'The score of one development domain.' })
export class DomainScoreInput {
  @Field(() => DevelopmentDomain, { description: 'The area of development scored.' })
  domain!: DevelopmentDomain;

  @Field(() => Int, { description: '1 (in crisis) to 4 (thriving).' })
  @IsIn([1, 2, 3, 4], { message: 'score must be 1, 2, 3 or 4' })
  score!: number;
}

@InputType({ description: "A dated assessment of a child's development, one score (1-4) per domain assessed." })
export class RecordDevelopmentAssessmentInput {
  @Field(() => ID, { description: 'The child assessed; a child you may not see is NOT_FOUND.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => LocalDateScalar, { description: 'Day of the assessment (YYYY-MM-DD, Asia/Jakarta); a day in the future is refused with BAD_USER_INPUT.' })
  assessedOn!: string;

  @Field(() => [DomainScoreInput], { description: 'One to six scores, each domain at most once (BAD_USER_INPUT otherwise).' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(6)
  scores!: DomainScoreInput[];

  @Field(() => String, { nullable: true, description: "The assessor's notes, up to 4000 characters." })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}
