import { IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { JakartaArea } from '../shared/auth/roles';
import { AccreditationGrade, InstitutionType } from './institution.enums';

@InputType({ description: 'A child-welfare institution to add to the registry.' })
export class RegisterInstitutionInput {
  @Field(() => String, { description: 'Name of the institution, 2 to 200 characters.' })
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name!: string;

  @Field(() => InstitutionType, { description: 'Kind of institution: Panti, LKSA, Rumah Singgah, PSAA, non-PSAA home or TAS.' })
  type!: InstitutionType;

  @Field(() => JakartaArea, { description: 'The area of DKI Jakarta it is in.' })
  area!: JakartaArea;

  @Field(() => String, {
    nullable: true,
    description: 'Kemendagri code of its kecamatan, e.g. 31.71.06; it must be a kecamatan of `area` (BAD_USER_INPUT otherwise).',
  })
  @IsOptional()
  @Matches(/^31\.\d{2}\.\d{2}$/, { message: 'kecamatanCode must be a DKI Jakarta kecamatan code such as 31.71.06' })
  kecamatanCode?: string;

  @Field(() => String, { nullable: true, description: 'Street address, up to 500 characters; institutions are public places.' })
  @IsOptional()
  @Length(1, 500)
  address?: string;

  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces and dashes, optionally starting with +.' })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => Int, { description: 'How many children it may care for at once, 0 to 5000.' })
  @Min(0, { message: 'capacity cannot be negative' })
  @Max(5000)
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Operating licence (izin operasional) number, up to 100 characters.' })
  @IsOptional()
  @Length(1, 100)
  licenceNumber?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the licence is valid (YYYY-MM-DD, Asia/Jakarta).' })
  licenceValidUntil?: string;

  @Field(() => AccreditationGrade, { nullable: true, description: 'Its accreditation grade; NOT_ACCREDITED when left out.' })
  accreditation?: AccreditationGrade;

  @Field(() => Boolean, { nullable: true, description: 'Default true: every institution is a reporting point.' })
  isReportingPoint?: boolean;
}

@InputType({ description: "Changes to an institution's details; fields left out stay as they are." })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: 'The institution to change.' })
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId!: string;

  @Field(() => String, { nullable: true, description: 'New name, 2 to 200 characters.' })
  @IsOptional()
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New street address, up to 500 characters.' })
  @IsOptional()
  @Length(1, 500)
  address?: string;

  @Field(() => String, { nullable: true, description: 'New phone number: digits, spaces and dashes, optionally starting with +.' })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => Int, { nullable: true, description: 'New capacity, 0 to 5000; not below the number of children placed there now (CONFLICT).' })
  @IsOptional()
  @Min(0, { message: 'capacity cannot be negative' })
  @Max(5000)
  capacity?: number;

  @Field(() => String, { nullable: true, description: 'New operating licence number, up to 100 characters.' })
  @IsOptional()
  @Length(1, 100)
  licenceNumber?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New last day the licence is valid (YYYY-MM-DD).' })
  licenceValidUntil?: string;

  @Field(() => AccreditationGrade, { nullable: true, description: 'New accreditation grade.' })
  accreditation?: AccreditationGrade;

  @Field(() => Boolean, { nullable: true, description: 'Whether the public can report a child at risk here.' })
  isReportingPoint?: boolean;
}
