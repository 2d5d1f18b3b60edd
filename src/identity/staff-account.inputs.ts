import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { JakartaArea, StaffRole } from '../shared/auth/roles';

/** Roles and scope: what decides which records a person may see. Shared by creation and change. */
@InputType()
abstract class StaffAccessFields {
  @Field(() => [StaffRole])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(8)
  roles!: StaffRole[];

  @Field(() => JakartaArea, { nullable: true })
  @IsOptional()
  area?: JakartaArea;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'workerId must be a UUID' })
  workerId?: string;
}

@InputType({ description: 'A new staff account. Roles and scope decide what the person may see.' })
export class CreateStaffAccountInput extends StaffAccessFields {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(1, 200, { message: 'displayName must be 1 to 200 characters' })
  displayName!: string;
}

@InputType({ description: "An account's new roles and scope; fields left out are cleared." })
export class ChangeStaffAccountAccessInput extends StaffAccessFields {
  @Field(() => ID)
  @IsUUID('4', { message: 'staffAccountId must be a UUID' })
  staffAccountId!: string;
}

@InputType()
export class DeactivateStaffAccountInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'staffAccountId must be a UUID' })
  staffAccountId!: string;

  @Field({ description: 'Why the account is switched off; kept with the account.' })
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  reason!: string;
}
