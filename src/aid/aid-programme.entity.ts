import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PksaProgramme } from '../children/child.enums';
import { BaseEntity } from '../shared/database/base.entity';
import { BeneficiaryKind } from './aid.enums';
import { RupiahScalar } from './rupiah.scalar';

/** One of the six PKSA programmes (DOMAIN.md): reference data, seeded by the migration that creates it. */
@Entity({ tableName: 'aid_programme' })
@Check({ name: 'aid_programme_reporting_period_check', expression: 'reporting_period_months = ANY (ARRAY[1, 2, 3, 4, 6, 12])' })
@ObjectType({ description: 'A PKSA aid programme: which children it covers and who receives its second share.' })
export class AidProgramme {
  @Field(() => PksaProgramme, { description: 'The programme code.' })
  @PrimaryKey({ type: 'string', length: 32 })
  code!: PksaProgramme;

  @Field(() => String, { description: 'The programme name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => BeneficiaryKind, { description: 'Who receives the second share: the companion, the institution or the guardian.' })
  @Enum({ items: () => BeneficiaryKind, nativeEnumName: 'beneficiary_kind' })
  secondShareBeneficiary!: BeneficiaryKind;

  @Field(() => Int, {
    description:
      "Months per accountability-reporting period for the programme's children (1 monthly, 3 quarterly; periods follow the calendar). A child in several programmes reports at the shortest.",
  })
  @Property({ type: 'smallint', default: 1 })
  reportingPeriodMonths: Opt<number> = 1;
}

/**
 * The amounts of one programme for one year. Amounts are data (DOMAIN.md): a new year is opened by an
 * administrator (`openProgrammeYear`), not by a deploy. Whole rupiah, stored as bigint, read as strings.
 */
@Entity({ tableName: 'programme_year' })
@Unique({ properties: ['programme', 'year'] })
@Check({ name: 'programme_year_amounts_check', expression: 'child_share_amount > 0 and second_share_amount > 0' })
@ObjectType({ description: "A programme's amounts for one year: the child's share and the second share." })
export class ProgrammeYear extends BaseEntity {
  @ManyToOne(() => AidProgramme, { deleteRule: 'restrict' })
  programme!: AidProgramme;

  @Field(() => Int, { description: 'The programme year, e.g. 2015.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => RupiahScalar, { description: "What each child's share is worth for the year (1,000,000 IDR in 2015)." })
  @Property({ type: 'bigint' })
  childShareAmount!: string;

  @Field(() => RupiahScalar, { description: 'What the second share is worth for the year (200,000 IDR in 2015).' })
  @Property({ type: 'bigint' })
  secondShareAmount!: string;

  /** The staff account that opened the year; null for the seeded 2015 figures. */
  @Property({ type: 'uuid', nullable: true })
  openedBy: string | null = null;
}
