import { Check, Entity, Enum, Index, ManyToOne, OneToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/database/base.entity';
import { LedgerShare } from './aid.enums';
import { AidGrant } from './aid-grant.entity';
import { RupiahScalar } from './rupiah.scalar';

/**
 * One line of the disbursement ledger. Append-only: a trigger in the database refuses UPDATE and DELETE,
 * so a mistake is corrected by a reversing entry (negative, pointing at the entry it reverses, at most once).
 */
@Entity({ tableName: 'ledger_entry' })
@Index({ properties: ['grant', 'share'] })
@Index({ properties: ['createdAt', 'id'] })
@Check({ name: 'ledger_entry_amount_sign_check', expression: '(reverses_id is null and amount > 0) or (reverses_id is not null and amount < 0)' })
@ObjectType({ description: 'One line of the aid disbursement ledger: a payment, or the reversal of one. Never changed or deleted.' })
export class LedgerEntry extends BaseEntity {
  @ManyToOne(() => AidGrant, { deleteRule: 'restrict' })
  grant!: AidGrant;

  @Field(() => LedgerShare, { description: "Which share it pays: the child's, or the second share." })
  @Enum({ items: () => LedgerShare, nativeEnumName: 'ledger_share' })
  share!: LedgerShare;

  @Field(() => RupiahScalar, { description: 'Whole rupiah: positive for a payment, negative for a reversal.' })
  @Property({ type: 'bigint' })
  amount!: string;

  @Field(() => String, { description: 'The bank transfer or voucher reference of the payment (or of the reversal).' })
  @Property({ type: 'string', length: 100 })
  paymentReference!: string;

  /** The payment this entry reverses; a payment can be reversed once (unique). */
  @OneToOne(() => LedgerEntry, { nullable: true, unique: 'ledger_entry_reverses_id_unique', deleteRule: 'restrict', owner: true })
  reverses: LedgerEntry | null = null;

  @Field(() => String, { nullable: true, description: 'Why a reversal was made; null for a payment.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => ID, { description: 'The staff account that recorded it.' })
  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field(() => Date, { description: 'When it was recorded (ISO 8601 date-time in UTC).' })
  get recordedAt(): Opt<Date> {
    return this.createdAt;
  }
}
