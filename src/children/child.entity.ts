import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { CareArrangement, ConsentStatus, LegalBasis, PksaProgramme, RecordStatus, RiskLevel, Sex } from './child.enums';

/** Roles that work with the child in person may read the sensitive parts of a profile in their scope. */
export type CustomFieldValues = Record<string, string | number | boolean>;

/**
 * A child known to the office. Name search uses a trigram index over the unaccented, lower-cased name
 * (see the migration that creates `lindungi_unaccent`), so "Muhamad" finds "Muhammad".
 */
@Entity({ tableName: 'child' })
@Index({
  name: 'child_name_search_index',
  expression: "create index child_name_search_index on child using gin (lindungi_unaccent(lower(full_name || ' ' || coalesce(nickname, ''))) gin_trgm_ops)",
})
// The default list order (NAME) and its keyset pagination read this index instead of sorting every child.
@Index({ properties: ['fullName', 'id'] })
@ObjectType({ description: 'A child known to the office, with their care, programmes, risk and consent.' })
export class Child extends BaseEntity {
  @Field(() => Int, { description: 'Optimistic lock: send it back with an update; a stale one is refused with CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => String, { description: "The child's full name; name search also finds spelling variants of it." })
  @Property({ type: 'string' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Nama panggilan: what the child is called day to day.' })
  @Property({ type: 'string', nullable: true })
  nickname: string | null = null;

  @Field(() => Sex, { description: "The child's sex, as on the birth record." })
  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex!: Sex;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth (YYYY-MM-DD), possibly an estimate (see dateOfBirthEstimated); null when unknown.' })
  @Index()
  @Property({ type: 'date', nullable: true })
  dateOfBirth: string | null = null;

  @Field(() => Boolean, { description: 'True when the date of birth is an estimate (no birth record).' })
  @Property({ type: 'boolean' })
  dateOfBirthEstimated: Opt<boolean> = false;

  @Guarded()
  @Field(() => String, { nullable: true, description: 'Nomor Induk Kependudukan (16 digits). Sensitive.' })
  @Index()
  @Property({ type: 'string', length: 16, nullable: true })
  nik: string | null = null;

  @Field(() => JakartaArea, {
    nullable: true,
    description: "Area of DKI Jakarta where the child is now (the kecamatan's area when one is recorded); social workers and supervisors of that area see the child. Null when unknown.",
  })
  @Index()
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kecamatan where the child is now.' })
  @Index()
  @Property({ type: 'string', length: 16, nullable: true })
  kecamatanCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kelurahan where the child is now.' })
  @Property({ type: 'string', length: 16, nullable: true })
  kelurahanCode: string | null = null;

  @Guarded()
  @Field(() => String, { nullable: true, description: 'Exact address or landmark where the child can be found. Sensitive.' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => CareArrangement, { description: 'Where and with whom the child lives now; NONE until recorded.' })
  @Index()
  @Enum({ items: () => CareArrangement, nativeEnumName: 'care_arrangement' })
  careArrangement: Opt<CareArrangement> = CareArrangement.NONE;

  @Field(() => [PksaProgramme], { description: 'The PKSA programmes the child falls under.' })
  @Enum({ items: () => PksaProgramme, array: true, nativeEnumName: 'pksa_programme' })
  programmes: Opt<PksaProgramme[]> = [];

  @Field(() => Boolean, { description: 'Whether the child has a disability; the details are in disabilityDetail, readable by care roles only.' })
  @Property({ type: 'boolean' })
  hasDisability: Opt<boolean> = false;

  @Guarded()
  @Field(() => String, { nullable: true, description: 'What the disability is and what support it needs. Sensitive (health data).' })
  @Property({ type: 'text', nullable: true })
  disabilityDetail: string | null = null;

  @Field(() => RiskLevel, { description: 'How much danger the child is in, as last assessed; NONE until recorded.' })
  @Index()
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' })
  riskLevel: Opt<RiskLevel> = RiskLevel.NONE;

  @Field(() => RecordStatus, { description: 'Whether the office still works with the child: ACTIVE for a new record.' })
  @Enum({ items: () => RecordStatus, nativeEnumName: 'record_status' })
  recordStatus: Opt<RecordStatus> = RecordStatus.ACTIVE;

  @Field(() => Date, { nullable: true, description: 'When the retention rule anonymised the record (closed longer than RETENTION_YEARS); null otherwise.' })
  @Property({ type: 'datetime', nullable: true })
  anonymisedAt: Date | null = null;

  @Field(() => LegalBasis, { description: 'Lawful ground on which the office processes this child\'s data.' })
  @Enum({ items: () => LegalBasis, nativeEnumName: 'legal_basis' })
  legalBasis!: LegalBasis;

  @Field(() => ConsentStatus, { description: "Whether the child (as fits their age) and guardian consented to the processing of the child's data; NOT_ASKED until recorded." })
  @Enum({ items: () => ConsentStatus, nativeEnumName: 'consent_status' })
  consentStatus: Opt<ConsentStatus> = ConsentStatus.NOT_ASKED;

  @Field(() => Date, { nullable: true, description: 'When the current consentStatus was recorded (ISO 8601 date-time in UTC); null while NOT_ASKED.' })
  @Property({ type: 'datetime', nullable: true })
  consentRecordedAt: Date | null = null;

  /** Values of admin-defined profile fields, validated against their definitions; read through `customFields`. */
  @Property({ type: 'json', defaultRaw: "'{}'::jsonb" })
  customFieldValues: Opt<CustomFieldValues> = {};

  /** The staff account that registered the child. */
  @Property({ type: 'uuid', nullable: true })
  registeredBy: string | null = null;
}
