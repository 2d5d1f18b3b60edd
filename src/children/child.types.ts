import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { ProfileFieldType } from '../profile-fields/profile-field.entity';
import { Connection } from '../shared/pagination';
import { Child } from './child.entity';

@ObjectType({ description: 'A page of children, within the caller\'s scope.' })
export class ChildConnection extends Connection(Child) {}

@ObjectType({ description: 'The registered child, or the probable duplicates to check first.' })
export class RegisterChildPayload {
  @Field(() => Child, { nullable: true, description: 'The new child; null when probable duplicates were found.' })
  child!: Child | null;

  @Field(() => [Child], {
    description: 'Children you may see whose name, birth date and area closely match. Register with confirmNotDuplicate when none is this child.',
  })
  possibleDuplicates!: Child[];
}

@ObjectType({ description: 'The value of an admin-defined profile field, typed by its definition.' })
export class CustomFieldValue {
  @Field(() => String, { description: "The field's stable key, as in its ProfileFieldDefinition." })
  key!: string;

  @Field(() => String, { description: 'Label in Indonesian.' })
  labelId!: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn!: string;

  @Field(() => ProfileFieldType, { description: 'The field\'s type: says which of textValue, numberValue, dateValue or booleanValue holds the value.' })
  type!: ProfileFieldType;

  @Field(() => String, { nullable: true, description: 'TEXT and CHOICE values.' })
  textValue!: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER values.' })
  numberValue!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'DATE values.' })
  dateValue!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'BOOLEAN values.' })
  booleanValue!: boolean | null;
}
