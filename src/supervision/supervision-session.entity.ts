import { Check, Entity, Enum, Index, ManyToOne, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ProtectionCase } from '../cases/protection-case.entity';
import { Child } from '../children/child.entity';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { ConflictError } from '../shared/errors/domain-error';
import { Worker } from '../workers/worker.entity';
import { SupervisionSessionKind, SupervisionSessionStatus } from './supervision.enums';

const TRANSITIONS: Record<SupervisionSessionStatus, readonly SupervisionSessionStatus[]> = {
  PROPOSED: [SupervisionSessionStatus.CONFIRMED, SupervisionSessionStatus.CANCELLED],
  CONFIRMED: [SupervisionSessionStatus.HELD, SupervisionSessionStatus.NO_SHOW, SupervisionSessionStatus.CANCELLED],
  HELD: [],
  CANCELLED: [],
  NO_SHOW: [],
};

/** An expert's supervision or assistance session (DOMAIN.md promise 8). */
@Entity({ tableName: 'supervision_session' })
@Check({ name: 'supervision_session_ends_after_start', expression: 'ends_at > starts_at' })
@Index({ properties: ['expert', 'startsAt'] })
@ObjectType({ description: 'A supervision or assistance session of an expert with workers, companions or community members.' })
export class SupervisionSession extends BaseEntity {
  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  expert!: Worker;

  @Field(() => SupervisionSessionKind, { description: 'What kind of session.' })
  @Enum({ items: () => SupervisionSessionKind, nativeEnumName: 'supervision_session_kind' })
  kind!: SupervisionSessionKind;

  @Field(() => SupervisionSessionStatus, { description: 'Where the session stands.' })
  @Enum({ items: () => SupervisionSessionStatus, nativeEnumName: 'supervision_session_status' })
  status: Opt<SupervisionSessionStatus> = SupervisionSessionStatus.PROPOSED;

  @Field(() => String, { description: 'What the session is about.' })
  @Property({ type: 'text' })
  topic!: string;

  @Field(() => Date, { description: 'Start (ISO 8601 date-time in UTC).' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End (ISO 8601 date-time in UTC).' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place; null when online only.' })
  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  @Field(() => String, { nullable: true, description: 'The online meeting link; null when in person only.' })
  @Property({ type: 'text', nullable: true })
  onlineLink: string | null = null;

  /** The area the session counts for in the coverage figures: the requester's, else the expert's. */
  @Field(() => JakartaArea, { nullable: true, description: 'The area the session counts for: the requester\'s area, else the expert\'s.' })
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless CANCELLED.' })
  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  @Field(() => String, { nullable: true, description: "The expert's notes, recorded after the session." })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock version; it changes with every change.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  /** Moves the session along; anything else is CONFLICT, naming where it can go. */
  moveTo(next: SupervisionSessionStatus): void {
    const from: SupervisionSessionStatus = this.status;
    const allowed = TRANSITIONS[from];
    if (!allowed.includes(next)) {
      throw new ConflictError(`The session is ${from}; it ${allowed.length ? `can only become ${allowed.join(' or ')}` : 'can no longer change'}.`, {
        field: 'status',
        status: from,
      });
    }
    this.status = next;
  }
}

/** Someone taking part: a worker or companion (by worker id), or a community member by name and contact. */
@Entity({ tableName: 'supervision_participant' })
@Index({ properties: ['session'] })
@Index({ properties: ['worker'] })
@ObjectType({ description: 'Someone taking part in a session: a worker or companion, or a community member by name and contact.' })
export class SupervisionParticipant extends BaseEntity {
  @ManyToOne(() => SupervisionSession, { deleteRule: 'cascade' })
  session!: SupervisionSession;

  @ManyToOne(() => Worker, { nullable: true, deleteRule: 'restrict' })
  worker: Worker | null = null;

  @Field(() => String, { nullable: true, description: "A community member's name; null for a worker." })
  @Property({ type: 'text', nullable: true })
  communityName: string | null = null;

  @Field(() => String, { nullable: true, description: "A community member's phone or e-mail; null for a worker." })
  @Property({ type: 'text', nullable: true })
  communityContact: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they came; null until the outcome is recorded.' })
  @Property({ type: 'boolean', nullable: true })
  attended: boolean | null = null;
}

/** A child discussed in a session; `sharedWithExpert` opens the child's profile to the session's expert. */
@Entity({ tableName: 'supervision_session_child' })
@Unique({ properties: ['session', 'child'] })
@Index({ properties: ['child'] })
@ObjectType({ description: 'A child discussed in a session.' })
export class SupervisionSessionChild extends BaseEntity {
  @ManyToOne(() => SupervisionSession, { deleteRule: 'cascade' })
  session!: SupervisionSession;

  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @Field(() => Boolean, { description: "Whether the session shares the child's profile with the expert (the expert reads it while the session is not cancelled)." })
  @Property({ type: 'boolean' })
  sharedWithExpert!: boolean;
}

/** A protection case discussed in a session (a case conference); only readers of the case see it. */
@Entity({ tableName: 'supervision_session_case' })
@Unique({ properties: ['session', 'protectionCase'] })
@Index({ properties: ['protectionCase'] })
export class SupervisionSessionCase extends BaseEntity {
  @ManyToOne(() => SupervisionSession, { deleteRule: 'cascade' })
  session!: SupervisionSession;

  @ManyToOne(() => ProtectionCase, { deleteRule: 'restrict' })
  protectionCase!: ProtectionCase;
}

/**
 * One person's time taken by one session (the expert and every worker taking part). The database refuses
 * two active bookings of one person that overlap (an exclusion constraint over tstzrange), so two requests
 * racing for one slot cannot both win, whatever the code does.
 */
@Entity({ tableName: 'supervision_booking' })
@Check({ name: 'supervision_booking_ends_after_start', expression: 'ends_at > starts_at' })
@Index({
  name: 'supervision_booking_no_overlap',
  expression:
    'alter table "supervision_booking" add constraint "supervision_booking_no_overlap" exclude using gist ("person_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("active")',
})
@Index({ properties: ['session'] })
export class SupervisionBooking extends BaseEntity {
  @ManyToOne(() => SupervisionSession, { deleteRule: 'cascade' })
  session!: SupervisionSession;

  /** The worker id of the expert or participant. */
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** False once the session is cancelled: its time is free again. */
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
