import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { JakartaArea, StaffRole } from '../shared/auth/roles';

/** Roles and scope: what decides which records a person may see. Shared by creation and change. */
@InputType()
abstract class StaffAccessFields {
  @Field(() => [StaffRole], { description: 'The roles the account holds: at least one; duplicates are dropped.' })
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(8)
  roles!: StaffRole[];

  @Field(() => JakartaArea, {
    nullable: true,
    description: 'The area the person works in: social workers and supervisors see the children of this area (a supervisor without one sees all areas).',
  })
  @IsOptional()
  area?: JakartaArea;

  @Field(() => ID, { nullable: true, description: 'The institution the person works for: institution staff see the children placed there now.' })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: "The person's worker record in the registry: a companion sees the children in this worker's caseload." })
  @IsOptional()
  @IsUUID('4', { message: 'workerId must be a UUID' })
  workerId?: string;
}

@InputType({ description: 'A new staff account. Roles and scope decide what the person may see.' })
export class CreateStaffAccountInput extends StaffAccessFields {
  @Field({ description: 'Sign-in e-mail address, stored in lower case; one already in use is refused with CONFLICT.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: "The person's name as shown in the app, 1 to 200 characters." })
  @Length(1, 200, { message: 'displayName must be 1 to 200 characters' })
  displayName!: string;
}

@InputType({ description: "An account's new roles and scope; fields left out are cleared." })
export class ChangeStaffAccountAccessInput extends StaffAccessFields {
  @Field(() => ID, { description: 'The account to change; NOT_FOUND when there is none.' })
  @IsUUID('4', { message: 'staffAccountId must be a UUID' })
  staffAccountId!: string;
}

@InputType({ description: 'A staff account to switch off, and why.' })
export class DeactivateStaffAccountInput {
  @Field(() => ID, { description: 'The account to switch off; your own account is refused with CONFLICT.' })
  @IsUUID('4', { message: 'staffAccountId must be a UUID' })
  staffAccountId!: string;

  @Field({ description: 'Why the account is switched off; kept with the account.' })
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  reason!: string;
}
