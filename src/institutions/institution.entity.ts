import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { AccreditationGrade, InstitutionType } from './institution.enums';

export interface InstitutionDetails {
  name: string;
  type: InstitutionType;
  area: JakartaArea;
  kecamatanCode?: string | null;
  address?: string | null;
  phone?: string | null;
  capacity: number;
  licenceNumber?: string | null;
  licenceValidUntil?: string | null;
  accreditation?: AccreditationGrade;
  isReportingPoint?: boolean;
}

/** A child-welfare institution; every one is also a reporting point unless it says otherwise. */
@Entity({ tableName: 'institution' })
@ObjectType({ description: 'A child-welfare institution (Panti, LKSA, Rumah Singgah, PSAA, TAS) and its licence.' })
export class Institution extends BaseEntity {
  @Field(() => String, { description: 'Name of the institution.' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => InstitutionType, { description: 'Kind of institution: Panti, LKSA, Rumah Singgah, PSAA, non-PSAA home or TAS.' })
  @Enum({ items: () => InstitutionType, nativeEnumName: 'institution_type' })
  type: InstitutionType;

  @Field(() => JakartaArea, { description: 'The area of DKI Jakarta it is in.' })
  @Index()
  @Enum({ items: () => JakartaArea, nativeEnumName: 'jakarta_area' })
  area: JakartaArea;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of its kecamatan.' })
  @Property({ type: 'string', length: 16, nullable: true })
  kecamatanCode: string | null;

  @Field(() => String, { nullable: true, description: 'Street address; institutions are public places.' })
  @Property({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: "The institution's phone number; null when not recorded." })
  @Property({ type: 'string', nullable: true })
  phone: string | null;

  @Field(() => Int, { description: 'How many children it may care for at once.' })
  @Property({ type: 'integer' })
  capacity: number;

  @Field(() => String, { nullable: true, description: 'Operating licence (izin operasional) number.' })
  @Property({ type: 'string', nullable: true })
  licenceNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the licence is valid.' })
  @Property({ type: 'date', nullable: true })
  licenceValidUntil: string | null;

  @Field(() => AccreditationGrade, { description: 'Its accreditation grade; NOT_ACCREDITED when it has none.' })
  @Enum({ items: () => AccreditationGrade, nativeEnumName: 'accreditation_grade' })
  accreditation: Opt<AccreditationGrade> = AccreditationGrade.NOT_ACCREDITED;

  @Field(() => Boolean, { description: 'Whether the public can report a child at risk here (DOMAIN.md promise 2).' })
  @Property({ type: 'boolean' })
  isReportingPoint: Opt<boolean> = true;

  constructor(details: InstitutionDetails) {
    super();
    this.name = details.name.trim();
    this.type = details.type;
    this.area = details.area;
    this.kecamatanCode = details.kecamatanCode ?? null;
    this.address = details.address ?? null;
    this.phone = details.phone ?? null;
    this.capacity = details.capacity;
    this.licenceNumber = details.licenceNumber ?? null;
    this.licenceValidUntil = details.licenceValidUntil ?? null;
    this.accreditation = details.accreditation ?? AccreditationGrade.NOT_ACCREDITED;
    this.isReportingPoint = details.isReportingPoint ?? true;
  }
}
