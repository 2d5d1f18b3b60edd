import { Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';

export enum ProfileFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  BOOLEAN = 'BOOLEAN',
  CHOICE = 'CHOICE',
}
registerEnumType(ProfileFieldType, { name: 'ProfileFieldType', description: 'The type of an admin-defined profile field.' });

/**
 * An extra child-profile field an administrator defines at run time. Values live in the child's `jsonb`
 * and are checked against this definition; only the roles named may read or write them.
 */
@Entity({ tableName: 'profile_field_definition' })
@ObjectType({ description: 'An extra child-profile field defined by an administrator, without a deploy.' })
export class ProfileFieldDefinition extends BaseEntity {
  @Field(() => String, { description: 'Stable key, e.g. `bpjs_number`; used in filters and inputs.' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => String, { description: 'Label in Indonesian.' })
  @Property({ type: 'string' })
  labelId!: string;

  @Field(() => String, { description: 'Label in English.' })
  @Property({ type: 'string' })
  labelEn!: string;

  @Field(() => ProfileFieldType, { description: 'What kind of value the field holds; values are checked against it when written.' })
  @Enum({ items: () => ProfileFieldType, nativeEnumName: 'profile_field_type' })
  type!: ProfileFieldType;

  @Field(() => [String], { description: 'Allowed values of a CHOICE field; empty otherwise.' })
  @Property({ type: 'json' })
  choices: Opt<string[]> = [];

  @Field(() => Boolean, { description: 'Whether registering or updating a child must give a value.' })
  @Property({ type: 'boolean' })
  required: Opt<boolean> = false;

  @Field(() => [StaffRole], { description: 'Roles that may see the field and read its values on a child.' })
  @Enum({ items: () => StaffRole, array: true, nativeEnumName: 'staff_role' })
  readRoles!: StaffRole[];

  @Field(() => [StaffRole], { description: 'Roles that may set its values on a child; each of them may also read it.' })
  @Enum({ items: () => StaffRole, array: true, nativeEnumName: 'staff_role' })
  writeRoles!: StaffRole[];

  @Field(() => Boolean, { description: 'Retired fields keep their stored values but are no longer shown or accepted.' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => Int, { description: 'Optimistic lock: goes up by one with every change to the definition.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
