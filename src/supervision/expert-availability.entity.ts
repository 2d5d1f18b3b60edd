import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/database/base.entity';
import { Worker } from '../workers/worker.entity';
import { AvailabilityRecurrence } from './supervision.enums';

/**
 * A time slot in which an expert takes sessions, in Asia/Jakarta wall time (WIB, UTC+7 all year): weekly
 * on a weekday, or on one date. Sessions are booked inside a slot.
 */
@Entity({ tableName: 'expert_availability' })
@Index({ properties: ['expert'] })
@ObjectType({ description: 'A time slot in which an expert takes supervision sessions, in Asia/Jakarta time.' })
export class ExpertAvailability extends BaseEntity {
  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  expert!: Worker;

  @Field(() => AvailabilityRecurrence, { description: 'Weekly, or one date only.' })
  @Enum({ items: () => AvailabilityRecurrence, nativeEnumName: 'availability_recurrence' })
  recurrence!: AvailabilityRecurrence;

  @Field(() => Int, { nullable: true, description: 'WEEKLY: ISO weekday, 1 (Monday) to 7 (Sunday); null for ONE_OFF.' })
  @Property({ type: 'smallint', nullable: true })
  weekday: number | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ONE_OFF: the date (Asia/Jakarta); null for WEEKLY.' })
  @Property({ type: 'date', nullable: true })
  date: string | null = null;

  @Field(() => String, { description: 'Start, HH:MM in Asia/Jakarta time.' })
  @Property({ type: 'string', length: 5 })
  startTime!: string;

  @Field(() => String, { description: 'End, HH:MM in Asia/Jakarta time, after the start.' })
  @Property({ type: 'string', length: 5 })
  endTime!: string;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}
