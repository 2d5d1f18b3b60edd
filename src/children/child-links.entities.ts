import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { BaseEntity } from '../shared/database/base.entity';
import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { Worker } from '../workers/worker.entity';
import { Child } from './child.entity';

export enum GuardianRelationship {
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  AUNT_UNCLE = 'AUNT_UNCLE',
  SIBLING = 'SIBLING',
  LEGAL_GUARDIAN = 'LEGAL_GUARDIAN',
  OTHER = 'OTHER',
}
registerEnumType(GuardianRelationship, { name: 'GuardianRelationship', description: 'How a guardian is related to a child.' });

/** A guardian's tie to one child; one guardian can have several children. */
@Entity({ tableName: 'child_guardian' })
@Index({ properties: ['guardian'] })
@ObjectType({ description: "A guardian's relationship to one child." })
export class ChildGuardian extends BaseEntity {
  // Every profile loader reads a child's rows by child_id.
  @Index()
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @ManyToOne(() => Guardian, { deleteRule: 'restrict' })
  guardian!: Guardian;

  @Field(() => GuardianRelationship, { description: 'How the guardian is related to the child.' })
  @Enum({ items: () => GuardianRelationship, nativeEnumName: 'guardian_relationship' })
  relationship!: GuardianRelationship;

  @Field(() => Boolean, { description: 'Whether this guardian looks after the child day to day.' })
  @Property({ type: 'boolean' })
  isCaregiver: Opt<boolean> = false;
}

/** A stay of a child in an institution; the history is kept, the current one has no end date. */
@Entity({ tableName: 'placement' })
@Index({ properties: ['institution', 'endedOn'] })
@ObjectType({ description: 'A stay of a child in an institution; the current one has no end date.' })
export class Placement extends BaseEntity {
  // Every profile loader reads a child's rows by child_id.
  @Index()
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @ManyToOne(() => Institution, { deleteRule: 'restrict' })
  institution!: Institution;

  @Field(() => LocalDateScalar, { description: 'First day of the stay (YYYY-MM-DD, Asia/Jakarta).' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Day the stay ended (YYYY-MM-DD, Asia/Jakarta), which is the first day of the next placement; null for the current placement.',
  })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the child was placed there.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}

/**
 * A companion's responsibility for a child over a period: the caseload is the open assignments.
 * Reassignment ends one and starts another, so the history can always be told.
 */
@Entity({ tableName: 'companion_assignment' })
@Index({ properties: ['companion', 'endedOn'] })
@ObjectType({ description: "A companion's responsibility for a child over a period; the current one has no end date." })
export class CompanionAssignment extends BaseEntity {
  // Every profile loader reads a child's rows by child_id.
  @Index()
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  companion!: Worker;

  @Field(() => LocalDateScalar, { description: 'First day the companion is responsible for the child (YYYY-MM-DD, Asia/Jakarta).' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Day the assignment ended (YYYY-MM-DD, Asia/Jakarta), which is the first day of the next companion's assignment; null for the current one.",
  })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the assignment ended (reassignment, case closed, ...).' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  /** The staff account that made the assignment. */
  @Property({ type: 'uuid', nullable: true })
  assignedBy: string | null = null;
}
