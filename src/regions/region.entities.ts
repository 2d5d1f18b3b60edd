import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { JakartaArea } from '../shared/auth/roles';

/** A kecamatan (district) of DKI Jakarta, with its Kemendagri code. Reference data shipped with Lindungi. */
@Entity({ tableName: 'kecamatan' })
@ObjectType({ description: 'A kecamatan (district) of DKI Jakarta, with its Kemendagri code, e.g. 31.73.01.' })
export class Kecamatan {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Kemendagri code, e.g. 31.73.01.' })
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Field(() => String, { description: 'Name of the kecamatan, e.g. Gambir.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => JakartaArea, { description: 'The area (kota / kabupaten administrasi) it belongs to.' })
  @Enum({ items: () => JakartaArea, nativeEnumName: 'jakarta_area' })
  area!: JakartaArea;
}

/** A kelurahan (village) of DKI Jakarta. */
@Entity({ tableName: 'kelurahan' })
@ObjectType({ description: 'A kelurahan (urban village) of DKI Jakarta, with its Kemendagri code, e.g. 31.73.01.1001.' })
export class Kelurahan {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Kemendagri code, e.g. 31.73.01.1001.' })
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Field(() => String, { description: 'Name of the kelurahan, e.g. Pulau Panggang.' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Kecamatan, { fieldName: 'kecamatan_code', deleteRule: 'restrict' })
  kecamatan!: Kecamatan;
}
