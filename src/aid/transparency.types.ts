import { Field, Int, ObjectType } from 'type-graphql';
import { SuspensionReason, TransparencyGrouping } from './aid.enums';
import { RupiahScalar } from './rupiah.scalar';

/** Cells about fewer children than this are suppressed, so no child can be singled out. */
export const SMALL_CELL_THRESHOLD = 5;

@ObjectType({ description: 'A count in the public figures; 1 to 4 is suppressed and shown as "<5" (0 is shown: it describes no child).' })
export class PublicCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the cell describes fewer than 5 children and is withheld.' })
  suppressed!: boolean;

  @Field(() => String, { description: 'What to print: the count, or "<5".' })
  display!: string;
}

@ObjectType({ description: 'An amount in the public figures; withheld when the group has fewer than 5 children supported.' })
export class PublicAmount {
  @Field(() => RupiahScalar, { nullable: true, description: 'Whole rupiah; null when suppressed.' })
  value!: string | null;

  @Field(() => Boolean, { description: 'True when the amount describes fewer than 5 children and is withheld.' })
  suppressed!: boolean;

  @Field(() => String, { description: 'What to print: the amount, or "<5".' })
  display!: string;
}

@ObjectType({ description: 'Grants suspended now under one reason category.' })
export class SuspendedGrantCount {
  @Field(() => SuspensionReason, { description: 'The reason category.' })
  reason!: SuspensionReason;

  @Field(() => PublicCount, { description: 'How many grants (one child each) are suspended for it.' })
  grants!: PublicCount;
}

@ObjectType({ description: 'The public figures of one group: no personal data, small cells suppressed.' })
export class TransparencyGroup {
  @Field(() => String, { nullable: true, description: 'The programme code, area code or institution id; null for "no institution" or an unknown area.' })
  key!: string | null;

  @Field(() => String, { description: 'A label to print: programme name, area, institution name.' })
  label!: string;

  @Field(() => PublicCount, { description: 'Children with at least one payment recorded in the programme year.' })
  childrenSupported!: PublicCount;

  @Field(() => PublicAmount, { description: 'Sum of the ledger (payments less reversals) on the programme year\'s grants.' })
  amountDisbursed!: PublicAmount;

  @Field(() => [SuspendedGrantCount], { description: 'Grants suspended now, per reason category (all four, in a fixed order).' })
  suspendedGrants!: SuspendedGrantCount[];
}

@ObjectType({ description: 'Where the aid money of a programme year went (DOMAIN.md promise 4), open to the public.' })
export class TransparencyReport {
  @Field(() => Int, { description: 'The programme year.' })
  year!: number;

  @Field(() => TransparencyGrouping, { description: 'How the groups are formed.' })
  groupBy!: TransparencyGrouping;

  @Field(() => [TransparencyGroup], { description: 'One entry per group with grants in the year, ordered by label.' })
  groups!: TransparencyGroup[];

  @Field(() => Int, { description: 'Complaints of misused funds (FUND_MISUSE hotline reports) received in the calendar year (Asia/Jakarta). Complaints are not about children, so they are not suppressed.' })
  complaintsReceived!: number;

  @Field(() => Int, { description: 'FUND_MISUSE complaints closed in the calendar year (status CLOSED, last changed in the year).' })
  complaintsResolved!: number;
}
