import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { BaseEntity } from '../shared/database/base.entity';
import { Child } from './child.entity';

export enum ChildNeedKind {
  BIRTH_CERTIFICATE = 'BIRTH_CERTIFICATE',
  NUTRITION = 'NUTRITION',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  OTHER = 'OTHER',
}
registerEnumType(ChildNeedKind, {
  name: 'ChildNeedKind',
  description: "A need a companion looks after (DOMAIN.md promise 6).",
  valuesConfig: {
    BIRTH_CERTIFICATE: { description: 'Akta kelahiran.' },
    NUTRITION: { description: 'Better nutrition; measurements are recorded separately.' },
    EDUCATION: { description: 'Access to school: enrolment and level.' },
    HEALTH: { description: 'Health care. Sensitive: only roles that care for the child see it.' },
    OTHER: { description: 'Anything else the child needs.' },
  },
});

export enum ChildNeedStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(ChildNeedStatus, { name: 'ChildNeedStatus', description: 'Where a need stands.' });

export enum SchoolLevel {
  NOT_IN_SCHOOL = 'NOT_IN_SCHOOL',
  PAUD = 'PAUD',
  SD = 'SD',
  SMP = 'SMP',
  SMA = 'SMA',
  SMK = 'SMK',
  PAKET = 'PAKET',
}
registerEnumType(SchoolLevel, { name: 'SchoolLevel', description: 'School level: PAUD, SD, SMP, SMA/SMK, or Paket A/B/C (equivalency).' });

/** One need of one child, kept up to date by the companion (status, due date, evidence). */
@Entity({ tableName: 'child_need' })
@ObjectType({ description: 'A need of the child (birth certificate, nutrition, education, health, other) and where it stands.' })
export class ChildNeed extends BaseEntity {
  // Every profile loader reads a child's rows by child_id.
  @Index()
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @Field(() => ChildNeedKind, { description: 'What kind of need it is; a need keeps its kind.' })
  @Enum({ items: () => ChildNeedKind, nativeEnumName: 'child_need_kind' })
  kind!: ChildNeedKind;

  @Field(() => ChildNeedStatus, { description: 'Where the need stands now.' })
  @Enum({ items: () => ChildNeedStatus, nativeEnumName: 'child_need_status' })
  status: Opt<ChildNeedStatus> = ChildNeedStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'What the need is, in free text; null when not written down.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day by which the need should be met (YYYY-MM-DD, Asia/Jakarta); null when no date was set.' })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'What shows the need is met, e.g. the certificate number.' })
  @Property({ type: 'text', nullable: true })
  evidenceNote: string | null = null;

  @Field(() => SchoolLevel, { nullable: true, description: 'For education needs: the level the child is at or aims for.' })
  @Enum({ items: () => SchoolLevel, nullable: true, nativeEnumName: 'school_level' })
  schoolLevel: SchoolLevel | null = null;

  @Field(() => Boolean, { nullable: true, description: 'For education needs: whether the child is enrolled now.' })
  @Property({ type: 'boolean', nullable: true })
  enrolled: boolean | null = null;
}

/** A weight and height measurement, for following nutrition over time. */
@Entity({ tableName: 'measurement' })
@ObjectType({ description: "A weight and height measurement, for following the child's nutrition over time." })
export class Measurement extends BaseEntity {
  // Every profile loader reads a child's rows by child_id.
  @Index()
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @Field(() => LocalDateScalar, { description: 'Day of the measurement (YYYY-MM-DD, Asia/Jakarta).' })
  @Property({ type: 'date' })
  measuredOn!: string;

  @Field(() => Float, { nullable: true, description: 'Weight in kilograms.' })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true, runtimeType: 'number' })
  weightKg: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Height in centimetres.' })
  @Property({ type: 'decimal', precision: 5, scale: 1, nullable: true, runtimeType: 'number' })
  heightCm: number | null = null;
}

export enum DevelopmentDomain {
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  EMOTIONAL = 'EMOTIONAL',
  FAMILY = 'FAMILY',
  SAFETY = 'SAFETY',
  LIVING_CONDITIONS = 'LIVING_CONDITIONS',
}
registerEnumType(DevelopmentDomain, { name: 'DevelopmentDomain', description: 'An area of a child\'s development that is scored.' });

export interface DomainScoreValue {
  domain: DevelopmentDomain;
  score: number;
}

@ObjectType({ description: 'A score from 1 (in crisis) to 4 (thriving) in one domain, as OSCaR scores.' })
export class DomainScore implements DomainScoreValue {
  @Field(() => DevelopmentDomain, { description: 'The area of development scored.' })
  domain!: DevelopmentDomain;

  @Field(() => Int, { description: 'From 1 (in crisis) to 4 (thriving).' })
  score!: number;
}

/** A dated assessment of the child's development, one score per domain. */
@Entity({ tableName: 'development_assessment' })
@ObjectType({ description: "A dated assessment of the child's development, one score (1-4) per domain." })
export class DevelopmentAssessment extends BaseEntity {
  // Every profile loader reads a child's rows by child_id.
  @Index()
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @Field(() => LocalDateScalar, { description: 'Day of the assessment (YYYY-MM-DD, Asia/Jakarta).' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => [DomainScore], { description: 'One score per domain assessed; a domain not assessed this time is absent.' })
  @Property({ type: 'json' })
  scores!: DomainScoreValue[];

  @Field(() => String, { nullable: true, description: "The assessor's notes on the assessment; null when none." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The staff account that assessed. */
  @Property({ type: 'uuid', nullable: true })
  assessedBy: string | null = null;
}
