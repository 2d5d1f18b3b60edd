import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Child } from '../children/child.entity';
import { BaseEntity } from '../shared/database/base.entity';
import { Worker } from '../workers/worker.entity';
import { SpotCheckOutcome } from './supervision.enums';

/**
 * A spot check (DOMAIN.md promise 5): a supervisor or expert asks a companion about one child the server
 * picked at random from the companion's caseload, and records how well the companion knew.
 */
@Entity({ tableName: 'spot_check' })
@Index({ properties: ['child', 'createdAt'] })
@Index({ properties: ['companion'] })
@ObjectType({ description: 'A spot check on a companion about one child picked at random from their caseload.' })
export class SpotCheck extends BaseEntity {
  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  companion!: Worker;

  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @Field(() => ID, { description: 'The child asked about (picked by the server). Experts read the child only when a session shares it.' })
  get childId(): Opt<string> {
    return this.child.id;
  }

  @Field(() => ID, { description: 'The staff account that runs the check.' })
  @Property({ type: 'uuid' })
  checkedBy!: string;

  @Field(() => SpotCheckOutcome, { nullable: true, description: 'The outcome; null until recorded.' })
  @Enum({ items: () => SpotCheckOutcome, nullable: true, nativeEnumName: 'spot_check_outcome' })
  outcome: SpotCheckOutcome | null = null;

  @Field(() => String, { nullable: true, description: 'What the companion could and could not say.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded.' })
  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;

  @Field(() => Int, { description: "How many of the child's aid grants the outcome suspended (DOES_NOT_KNOW) or reinstated (KNOWS)." })
  @Property({ type: 'integer' })
  aidGrantsChanged: Opt<number> = 0;
}
