import { randomUUID } from 'node:crypto';
import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Every record has a client-independent UUID (generated here, so events can name it before the commit)
 * and knows when it was created and last changed.
 */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID, { description: 'Unique identifier of the record (a UUID); it never changes.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When the record was created (ISO 8601 date-time in UTC).' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When the record was last changed (ISO 8601 date-time in UTC).' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
