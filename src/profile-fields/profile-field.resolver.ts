import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { Allow } from '../shared/auth/allow';
import { AccessRule, StaffRole } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { ProfileFieldDefinition, ProfileFieldType } from './profile-field.entity';
import { ProfileFieldService } from './profile-field.service';

@InputType({ description: 'A new profile field for children; takes effect at once, without a deploy.' })
export class DefineProfileFieldInput {
  @Field(() => String, { description: 'Lower-case letters, digits and underscores, starting with a letter.' })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'key must be 2 to 64 lower-case letters, digits or underscores, starting with a letter' })
  key!: string;

  @Field(() => String)
  @Length(1, 120, { message: 'labelId must be 1 to 120 characters' })
  labelId!: string;

  @Field(() => String)
  @Length(1, 120, { message: 'labelEn must be 1 to 120 characters' })
  labelEn!: string;

  @Field(() => ProfileFieldType)
  type!: ProfileFieldType;

  @Field(() => [String], { nullable: true, description: 'For CHOICE fields: the allowed values.' })
  @IsOptional()
  @ArrayMaxSize(100)
  choices?: string[];

  @Field(() => Boolean, { nullable: true })
  required?: boolean;

  @Field(() => [StaffRole])
  @ArrayMinSize(1, { message: 'readRoles must name at least one role' })
  readRoles!: StaffRole[];

  @Field(() => [StaffRole])
  writeRoles!: StaffRole[];
}

@Resolver(() => ProfileFieldDefinition)
export class ProfileFieldResolver {
  @Allow(AccessRule.ANY_STAFF)
  @Query(() => [ProfileFieldDefinition], { description: 'Profile fields you may read (administrators: all, retired ones too).' })
  profileFieldDefinitions(@Ctx() context: RequestContext): Promise<ProfileFieldDefinition[]> {
    return new ProfileFieldService(context).list();
  }

  @Allow(AccessRule.ADMIN)
  @Mutation(() => ProfileFieldDefinition)
  defineProfileField(@Arg('input') input: DefineProfileFieldInput, @Ctx() context: RequestContext): Promise<ProfileFieldDefinition> {
    return new ProfileFieldService(context).define(input);
  }

  @Allow(AccessRule.ADMIN)
  @Mutation(() => ProfileFieldDefinition, { description: 'Stops showing and accepting a field; stored values are kept.' })
  retireProfileField(@Arg('key', () => String) key: string, @Ctx() context: RequestContext): Promise<ProfileFieldDefinition> {
    return new ProfileFieldService(context).retire(key);
  }
}
