import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { JakartaArea } from '../shared/auth/roles';
import { ChildNeedKind, ChildNeedStatus, DevelopmentDomain, SchoolLevel } from './child-needs.entities';
import { GuardianRelationship } from './child-links.entities';
import { CareArrangement, ConsentStatus, LegalBasis, PksaProgramme, RecordStatus, RiskLevel, Sex } from './child.enums';

const KEMENDAGRI_CODE = /^31(\.\d{2}){2}(\.\d{4})?$/;

@InputType({ description: 'A value for an admin-defined profile field, as text; null clears it.' })
export class CustomFieldValueInput {
  @Field(() => String)
  @Length(1, 64)
  key!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

/** Profile fields that registration and updates share; on update, fields left out stay as they are. */
@InputType()
abstract class ChildProfileFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80, { message: 'nickname must be 1 to 80 characters' })
  nickname?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  dateOfBirth?: string;

  @Field(() => Boolean, { nullable: true })
  dateOfBirthEstimated?: boolean;

  @Field(() => String, { nullable: true, description: 'NIK: 16 digits.' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'nik must be 16 digits' })
  nik?: string;

  @Field(() => JakartaArea, { nullable: true })
  area?: JakartaArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(KEMENDAGRI_CODE, { message: 'kecamatanCode must be a DKI Jakarta kecamatan code such as 31.71.06' })
  kecamatanCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(KEMENDAGRI_CODE, { message: 'kelurahanCode must be a DKI Jakarta kelurahan code such as 31.71.06.1001' })
  kelurahanCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500, { message: 'address must be 1 to 500 characters' })
  address?: string;

  @Field(() => CareArrangement, { nullable: true })
  careArrangement?: CareArrangement;

  @Field(() => [PksaProgramme], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  programmes?: PksaProgramme[];

  @Field(() => Boolean, { nullable: true })
  hasDisability?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  disabilityDetail?: string;

  @Field(() => RiskLevel, { nullable: true })
  riskLevel?: RiskLevel;

  @Field(() => ConsentStatus, { nullable: true })
  consentStatus?: ConsentStatus;

  @Field(() => [CustomFieldValueInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  customFields?: CustomFieldValueInput[];
}

@InputType({ description: 'A child to register. Close matches of name, birth date and area are reported first.' })
export class RegisterChildInput extends ChildProfileFields {
  @Field(() => String)
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => LegalBasis)
  legalBasis!: LegalBasis;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Register even though probable duplicates were reported (after checking they are other children).',
  })
  confirmNotDuplicate = false;
}

@InputType({ description: "Changes to a child's profile. Send the version you read; a stale one is refused." })
export class UpdateChildProfileInput extends ChildProfileFields {
  @Field(() => ID)
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName?: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex;

  @Field(() => LegalBasis, { nullable: true })
  legalBasis?: LegalBasis;

  @Field(() => RecordStatus, { nullable: true })
  recordStatus?: RecordStatus;
}

@InputType({ description: 'A guardian for a child: an existing one by id, or a new one by name.' })
export class LinkGuardianInput {
  @Field(() => ID)
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  address?: string;

  @Field(() => GuardianRelationship)
  relationship!: GuardianRelationship;

  @Field(() => Boolean, { defaultValue: false })
  isCaregiver = false;
}

@InputType()
export class PlaceChildInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID)
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId!: string;

  @Field(() => LocalDateResolver)
  startedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  reason?: string;
}

@InputType()
export class AssignCompanionInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID, { description: 'The companion (a worker of kind COMPANION).' })
  @IsUUID('4', { message: 'companionId must be a UUID' })
  companionId!: string;

  @Field(() => LocalDateResolver)
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Why the previous companion, if any, hands over.' })
  @IsOptional()
  @Length(1, 1000)
  handoverReason?: string;
}

@InputType({ description: 'Records a new need, or updates one when `needId` is given.' })
export class RecordChildNeedInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'needId must be a UUID' })
  needId?: string;

  @Field(() => ChildNeedKind)
  kind!: ChildNeedKind;

  @Field(() => ChildNeedStatus, { defaultValue: ChildNeedStatus.OPEN })
  status: ChildNeedStatus = ChildNeedStatus.OPEN;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  dueDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  evidenceNote?: string;

  @Field(() => SchoolLevel, { nullable: true })
  schoolLevel?: SchoolLevel;

  @Field(() => Boolean, { nullable: true })
  enrolled?: boolean;
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => LocalDateResolver)
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

@InputType()
export class DomainScoreInput {
  @Field(() => DevelopmentDomain)
  domain!: DevelopmentDomain;

  @Field(() => Int, { description: '1 (in crisis) to 4 (thriving).' })
  @IsIn([1, 2, 3, 4], { message: 'score must be 1, 2, 3 or 4' })
  score!: number;
}

@InputType()
export class RecordDevelopmentAssessmentInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => LocalDateResolver)
  assessedOn!: string;

  @Field(() => [DomainScoreInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(6)
  scores!: DomainScoreInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}
