import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Child } from '../children/child.entity';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { ConflictError } from '../shared/errors/domain-error';
import { AidGrantStatus, BeneficiaryKind, SuspensionReason } from './aid.enums';
import { ProgrammeYear } from './aid-programme.entity';

/** Where a grant may go from each status; payments move APPROVED and REINSTATED to DISBURSED. */
const TRANSITIONS: Record<AidGrantStatus, readonly AidGrantStatus[]> = {
  PROPOSED: [AidGrantStatus.APPROVED, AidGrantStatus.TERMINATED],
  APPROVED: [AidGrantStatus.DISBURSED, AidGrantStatus.SUSPENDED, AidGrantStatus.TERMINATED],
  DISBURSED: [AidGrantStatus.SUSPENDED, AidGrantStatus.TERMINATED],
  SUSPENDED: [AidGrantStatus.REINSTATED, AidGrantStatus.TERMINATED],
  REINSTATED: [AidGrantStatus.DISBURSED, AidGrantStatus.SUSPENDED, AidGrantStatus.TERMINATED],
  TERMINATED: [],
};

/** Statuses in which money may be paid out. */
export const PAYABLE_STATUSES: readonly AidGrantStatus[] = [AidGrantStatus.APPROVED, AidGrantStatus.DISBURSED, AidGrantStatus.REINSTATED];

/**
 * Aid for one child under one programme year. At most one grant per child and programme year is not
 * TERMINATED: a partial unique index in the database says so, whatever the code does.
 */
@Entity({ tableName: 'aid_grant' })
@Index({
  name: 'aid_grant_one_active_per_child_and_year',
  expression: "create unique index aid_grant_one_active_per_child_and_year on aid_grant (child_id, programme_year_id) where status <> 'TERMINATED'",
})
@Index({ properties: ['child'] })
@ObjectType({ description: 'Aid for one child under one programme year, with the beneficiary of its second share.' })
export class AidGrant extends BaseEntity {
  @ManyToOne(() => Child, { deleteRule: 'restrict' })
  child!: Child;

  @ManyToOne(() => ProgrammeYear, { deleteRule: 'restrict' })
  programmeYear!: ProgrammeYear;

  @Field(() => BeneficiaryKind, { description: 'Who receives the second share, as the programme says.' })
  @Enum({ items: () => BeneficiaryKind, nativeEnumName: 'beneficiary_kind' })
  beneficiaryKind!: BeneficiaryKind;

  @Field(() => ID, { description: 'The companion (worker), institution or guardian receiving the second share.' })
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  /** The child's area when the grant was proposed: the public figures per area keep it stable. */
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Field(() => AidGrantStatus, { description: 'Where the grant stands.' })
  @Enum({ items: () => AidGrantStatus, nativeEnumName: 'aid_grant_status' })
  status: Opt<AidGrantStatus> = AidGrantStatus.PROPOSED;

  @Field(() => Int, { description: 'Optimistic lock version; it changes with every transition.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => String, { nullable: true, description: 'What the eligibility rule recorded, e.g. the reason a child needs special protection.' })
  @Property({ type: 'text', nullable: true })
  eligibilityNote: string | null = null;

  @Field(() => SuspensionReason, { nullable: true, description: 'Why the grant is suspended; null unless SUSPENDED.' })
  @Enum({ items: () => SuspensionReason, nullable: true, nativeEnumName: 'suspension_reason' })
  suspensionReason: SuspensionReason | null = null;

  @Field(() => String, { nullable: true, description: 'The detail of the suspension; null unless SUSPENDED.' })
  @Property({ type: 'text', nullable: true })
  suspensionDetail: string | null = null;

  @Field(() => ID, { description: 'The staff account that proposed the grant.' })
  @Property({ type: 'uuid' })
  proposedBy!: string;

  @Field(() => ID, { nullable: true, description: 'The supervisor who approved the grant (never the proposer).' })
  @Property({ type: 'uuid', nullable: true })
  approvedBy: string | null = null;

  /** Moves the grant along its workflow; anything else is CONFLICT, naming where it can go. */
  moveTo(next: AidGrantStatus): AidGrantStatus {
    const from: AidGrantStatus = this.status;
    if (!TRANSITIONS[from].includes(next)) {
      const allowed = TRANSITIONS[from];
      throw new ConflictError(`The grant is ${from}; it ${allowed.length ? `can only become ${allowed.join(' or ')}` : 'can no longer change'}.`, {
        field: 'status',
        status: from,
      });
    }
    this.status = next;
    if (next !== AidGrantStatus.SUSPENDED) {
      this.suspensionReason = null;
      this.suspensionDetail = null;
    }
    return from;
  }

  suspend(reason: SuspensionReason, detail: string): AidGrantStatus {
    const from = this.moveTo(AidGrantStatus.SUSPENDED);
    this.suspensionReason = reason;
    this.suspensionDetail = detail;
    return from;
  }

  get payable(): Opt<boolean> {
    return PAYABLE_STATUSES.includes(this.status);
  }
}

/** One transition of a grant: who moved it, when, from where to where, and why. Never changed. */
@Entity({ tableName: 'aid_grant_transition' })
@Index({ properties: ['grant', 'createdAt'] })
@ObjectType({ description: 'One step in the history of a grant: who, when, from and to which status, and why.' })
export class AidGrantTransition extends BaseEntity {
  @ManyToOne(() => AidGrant, { deleteRule: 'restrict' })
  grant!: AidGrant;

  @Field(() => AidGrantStatus, { nullable: true, description: 'The status before; null for the proposal.' })
  @Enum({ items: () => AidGrantStatus, nullable: true, nativeEnumName: 'aid_grant_status' })
  fromStatus: AidGrantStatus | null = null;

  @Field(() => AidGrantStatus, { description: 'The status after.' })
  @Enum({ items: () => AidGrantStatus, nativeEnumName: 'aid_grant_status' })
  toStatus!: AidGrantStatus;

  @Field(() => SuspensionReason, { nullable: true, description: 'The reason category of a suspension, or of a reinstatement (the reason it lifts).' })
  @Enum({ items: () => SuspensionReason, nullable: true, nativeEnumName: 'suspension_reason' })
  reasonCategory: SuspensionReason | null = null;

  @Field(() => String, { nullable: true, description: 'Why, in words.' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The staff account that made the change; null for the system (e.g. an overdue-report escalation).' })
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;
}
