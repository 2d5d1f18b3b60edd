import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/database/base.entity';

export interface GuardianDetails {
  fullName: string;
  phone?: string | null;
  address?: string | null;
}

/** An adult responsible for one or more children: a parent, a relative (wali) or a legal guardian. */
@Entity({ tableName: 'guardian' })
@ObjectType({ description: 'An adult responsible for one or more children (parent, relative, wali).' })
export class Guardian extends BaseEntity {
  @Field(() => String, { description: "The guardian's full name." })
  @Property({ type: 'string' })
  fullName: string;

  /** Contact details are personal data: readable only by roles that work with the family (see resolver). */
  @Property({ type: 'string', nullable: true })
  phone: string | null;

  @Property({ type: 'text', nullable: true })
  address: string | null;

  constructor(details: GuardianDetails) {
    super();
    this.fullName = details.fullName.trim();
    this.phone = details.phone ?? null;
    this.address = details.address ?? null;
  }
}
