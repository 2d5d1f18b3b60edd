import { Entity, Enum, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Institution } from '../institutions/institution.entity';
import { BaseEntity } from '../shared/database/base.entity';
import { ConflictError } from '../shared/errors/domain-error';
import { ReferralStatus } from './case.enums';
import { ProtectionCase } from './protection-case.entity';

/** A note on a case by the staff working it; notes are never edited, a correction is a new note. */
@Entity({ tableName: 'case_note' })
@ObjectType({ description: 'A note on a case by the staff working it; a correction is a new note.' })
export class CaseNote extends BaseEntity {
  @ManyToOne(() => ProtectionCase, { deleteRule: 'restrict' })
  protectionCase!: ProtectionCase;

  @Field(() => String, { description: 'The note, up to 4000 characters.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The staff account that wrote it.' })
  @Property({ type: 'uuid', nullable: true })
  authorId: string | null = null;
}

const NEXT_REFERRAL_STATUSES: Record<ReferralStatus, ReferralStatus[]> = {
  [ReferralStatus.REFERRED]: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.COMPLETED],
  [ReferralStatus.DECLINED]: [],
  [ReferralStatus.COMPLETED]: [],
};

/** A referral of the case to an institution or another service (Puskesmas, P2TP2A, Dukcapil, ...). */
@Entity({ tableName: 'case_referral' })
@ObjectType({ description: 'A referral of the case to an institution or another service, and its outcome.' })
export class CaseReferral extends BaseEntity {
  @ManyToOne(() => ProtectionCase, { deleteRule: 'restrict' })
  protectionCase!: ProtectionCase;

  @ManyToOne(() => Institution, { nullable: true, deleteRule: 'restrict' })
  institution: Institution | null = null;

  @Field(() => String, { nullable: true, description: 'The service referred to when it is not a registered institution, e.g. "Puskesmas Kecamatan Jatinegara".' })
  @Property({ type: 'string', nullable: true })
  serviceName: string | null = null;

  @Field(() => String, { description: 'Why the child is referred.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ReferralStatus, { description: 'Where the referral stands.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status: Opt<ReferralStatus> = ReferralStatus.REFERRED;

  @Field(() => String, { nullable: true, description: 'What the institution or service answered, or how it ended.' })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The staff account that made the referral.' })
  @Property({ type: 'uuid', nullable: true })
  referredBy: string | null = null;

  recordOutcome(next: ReferralStatus, note: string | null): void {
    if (!NEXT_REFERRAL_STATUSES[this.status as ReferralStatus].includes(next)) {
      throw new ConflictError(`A ${this.status} referral cannot become ${next}.`, { field: 'status' });
    }
    this.status = next;
    if (note?.trim()) this.outcomeNote = note.trim();
  }
}
