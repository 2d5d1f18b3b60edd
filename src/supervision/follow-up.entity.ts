import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Field, ObjectType } from 'type-graphql';
import { Child } from '../children/child.entity';
import { BaseEntity } from '../shared/database/base.entity';
import { Worker } from '../workers/worker.entity';
import { SupervisionSession } from './supervision-session.entity';

/** A recommendation of a held session, turned into a task with an owner and a due date. */
@Entity({ tableName: 'supervision_follow_up' })
@Index({ properties: ['child'] })
@Index({ properties: ['owner'] })
@Index({ name: 'supervision_follow_up_open_index', expression: 'create index "supervision_follow_up_open_index" on "supervision_follow_up" ("due_on") where "completed_at" is null' })
@ObjectType({ description: 'A recommendation from a supervision session: a task with an owner and a due date.' })
export class SupervisionFollowUp extends BaseEntity {
  @ManyToOne(() => SupervisionSession, { deleteRule: 'restrict' })
  session!: SupervisionSession;

  @Field(() => String, { description: 'What is to be done.' })
  @Property({ type: 'text' })
  recommendation!: string;

  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  owner!: Worker;

  @Field(() => LocalDateScalar, { description: 'The last day it may be done on time (Asia/Jakarta).' })
  @Property({ type: 'date' })
  dueOn!: string;

  /** The child it is about, when a child discussed in the session; it then shows on the child's timeline. */
  @ManyToOne(() => Child, { nullable: true, deleteRule: 'restrict' })
  child: Child | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was done; null while open.' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What was done, in words.' })
  @Property({ type: 'text', nullable: true })
  completionNote: string | null = null;
}
