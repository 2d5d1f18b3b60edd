import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { JakartaArea } from '../shared/auth/roles';
import { ChildNeedKind } from './child-needs.entities';
import { CareArrangement, PksaProgramme, RecordStatus, RiskLevel } from './child.enums';

export enum ChildOrder {
  NAME = 'NAME',
  REGISTERED_NEWEST_FIRST = 'REGISTERED_NEWEST_FIRST',
}
registerEnumType(ChildOrder, { name: 'ChildOrder', description: 'How a list of children is sorted.' });

@InputType({ description: 'A condition on an admin-defined profile field.' })
export class CustomFieldCondition {
  @Field(() => String, { description: 'The field key.' })
  key!: string;

  @Field(() => String, { description: 'The value, as text (numbers and dates in their usual text form, booleans as true/false).' })
  equals!: string;
}

@InputType({ description: 'Which children to list. Conditions add up (AND); the caller\'s scope always applies.' })
export class ChildFilter {
  @Field(() => JakartaArea, { nullable: true, description: 'Children in this area of DKI Jakarta.' })
  area?: JakartaArea;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of a kecamatan.' })
  kecamatanCode?: string;

  @Field(() => ID, { nullable: true, description: 'Children placed in this institution now.' })
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: "Children in this companion's (worker's) caseload now." })
  companionId?: string;

  @Field(() => PksaProgramme, { nullable: true, description: 'Children under this PKSA programme.' })
  programme?: PksaProgramme;

  @Field(() => [RiskLevel], { nullable: true, description: 'Any of these risk levels.' })
  riskLevels?: RiskLevel[];

  @Field(() => CareArrangement, { nullable: true, description: 'Children with this care arrangement now.' })
  careArrangement?: CareArrangement;

  @Field(() => RecordStatus, { nullable: true, description: 'Children whose record has this status.' })
  recordStatus?: RecordStatus;

  @Field(() => Int, { nullable: true, description: 'At least this old, in whole years (Asia/Jakarta date).' })
  @IsOptional()
  @Min(0)
  @Max(30)
  minimumAge?: number;

  @Field(() => Int, { nullable: true, description: 'At most this old, in whole years.' })
  @IsOptional()
  @Min(0)
  @Max(30)
  maximumAge?: number;

  @Field(() => ChildNeedKind, { nullable: true, description: 'Has an open need of this kind, e.g. BIRTH_CERTIFICATE: no akta kelahiran yet.' })
  openNeed?: ChildNeedKind;

  @Field(() => String, { nullable: true, description: 'Name or nickname, tolerant of spelling variants and missing accents.' })
  @IsOptional()
  @Length(2, 100, { message: 'nameSearch must be 2 to 100 characters' })
  nameSearch?: string;

  @Field(() => [CustomFieldCondition], {
    nullable: true,
    description: 'Conditions on admin-defined profile fields, all of which must hold; a field you may not read is refused with BAD_USER_INPUT.',
  })
  customFields?: CustomFieldCondition[];
}
