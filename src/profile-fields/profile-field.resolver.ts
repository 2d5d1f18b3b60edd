import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { Guarded } from '../shared/auth/guarded';
import { StaffRole } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { ProfileFieldDefinition, ProfileFieldType } from './profile-field.entity';
import { ProfileFieldService } from './profile-field.service';

@InputType({ description: 'A new profile field for children; takes effect at once, without a deploy.' })
export class DefineProfileFieldInput {
  @Field(() => String, { description: 'Lower-case letters, digits and underscores, starting with a letter.' })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'key must be 2 to 64 lower-case letters, digits or underscores, starting with a letter' })
  key!: string;

  @Field(() => String, { description: 'Label in Indonesian, 1 to 120 characters.' })
  @Length(1, 120, { message: 'labelId must be 1 to 120 characters' })
  labelId!: string;

  @Field(() => String, { description: 'Label in English, 1 to 120 characters.' })
  @Length(1, 120, { message: 'labelEn must be 1 to 120 characters' })
  labelEn!: string;

  @Field(() => ProfileFieldType, { description: 'What kind of value the field holds; a CHOICE field needs at least two choices (BAD_USER_INPUT otherwise).' })
  type!: ProfileFieldType;

  @Field(() => [String], { nullable: true, description: 'For CHOICE fields: the allowed values.' })
  @IsOptional()
  @ArrayMaxSize(100)
  choices?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether registering or updating a child must leave the field with a value (BAD_USER_INPUT otherwise); false when left out.',
  })
  required?: boolean;

  @Field(() => [StaffRole], { description: 'Roles that may see the field and read its values; at least one.' })
  @ArrayMinSize(1, { message: 'readRoles must name at least one role' })
  readRoles!: StaffRole[];

  @Field(() => [StaffRole], { description: 'Roles that may set its values; each must also be in readRoles (BAD_USER_INPUT otherwise).' })
  writeRoles!: StaffRole[];
}

@Resolver(() => ProfileFieldDefinition)
export class ProfileFieldResolver {
  @Guarded()
  @Query(() => [ProfileFieldDefinition], { description: 'Profile fields you may read (administrators: all, retired ones too).' })
  profileFieldDefinitions(@Ctx() context: RequestContext): Promise<ProfileFieldDefinition[]> {
    return new ProfileFieldService(context).list();
  }

  @Guarded()
  @Mutation(() => ProfileFieldDefinition, {
    description: 'Adds a profile field for children; a key already used, by a retired field too, is refused with CONFLICT. Administrators only.',
  })
  defineProfileField(@Arg('input') input: DefineProfileFieldInput, @Ctx() context: RequestContext): Promise<ProfileFieldDefinition> {
    return new ProfileFieldService(context).define(input);
  }

  @Guarded()
  @Mutation(() => ProfileFieldDefinition, { description: 'Stops showing and accepting a field; stored values are kept.' })
  retireProfileField(@Arg('key', () => String) key: string, @Ctx() context: RequestContext): Promise<ProfileFieldDefinition> {
    return new ProfileFieldService(context).retire(key);
  }
}
