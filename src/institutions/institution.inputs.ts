import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { JakartaArea } from '../shared/auth/roles';
import { AccreditationGrade, InstitutionType } from './institution.enums';

@InputType({ description: 'A child-welfare institution to add to the registry.' })
export class RegisterInstitutionInput {
  @Field(() => String)
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name!: string;

  @Field(() => InstitutionType)
  type!: InstitutionType;

  @Field(() => JakartaArea)
  area!: JakartaArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^31\.\d{2}\.\d{2}$/, { message: 'kecamatanCode must be a DKI Jakarta kecamatan code such as 31.71.06' })
  kecamatanCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  address?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => Int)
  @Min(0, { message: 'capacity cannot be negative' })
  @Max(5000)
  capacity!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  licenceNumber?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  licenceValidUntil?: string;

  @Field(() => AccreditationGrade, { nullable: true })
  accreditation?: AccreditationGrade;

  @Field(() => Boolean, { nullable: true, description: 'Default true: every institution is a reporting point.' })
  isReportingPoint?: boolean;
}
