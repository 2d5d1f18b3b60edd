import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { Institution } from '../institutions/institution.entity';

/** What a worker does in the field. */
export enum WorkerKind {
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  COMPANION = 'COMPANION',
  INSTITUTION_STAFF = 'INSTITUTION_STAFF',
  EXPERT_ADVISOR = 'EXPERT_ADVISOR',
}

registerEnumType(WorkerKind, {
  name: 'WorkerKind',
  description: 'Pekerja Sosial, pendamping, petugas lembaga or pakar.',
});

export interface WorkerDetails {
  fullName: string;
  kind: WorkerKind;
  area?: JakartaArea | null;
  institution?: Institution | null;
  phone?: string | null;
}

/** The person behind a staff account in the field (a staff account links to it through `workerId`). */
@Entity({ tableName: 'worker' })
@ObjectType({ description: 'A social worker, companion, institution staff member or expert, as the registry knows them.' })
export class Worker extends BaseEntity {
  @Field(() => String, { description: "The worker's full name." })
  @Property({ type: 'string' })
  fullName: string;

  @Field(() => WorkerKind, { description: 'What the worker does: Pekerja Sosial, pendamping, petugas lembaga or pakar.' })
  @Enum({ items: () => WorkerKind, nativeEnumName: 'worker_kind' })
  kind: WorkerKind;

  @Field(() => JakartaArea, { nullable: true, description: 'The area of DKI Jakarta they work in; null when their work is not bound to one.' })
  @Index()
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null;

  /** Institution staff work for one institution; others may be attached to one too. */
  @ManyToOne(() => Institution, { nullable: true, deleteRule: 'restrict' })
  institution: Institution | null;

  @Field(() => String, { nullable: true, description: 'Phone number to reach the worker; null when not recorded.' })
  @Property({ type: 'string', nullable: true })
  phone: string | null;

  @Field(() => Boolean, { description: 'Whether the worker is on duty now and can be dispatched; workers set it themselves at the start and end of a shift.' })
  @Property({ type: 'boolean', default: true })
  onDuty: Opt<boolean> = true;

  constructor(details: WorkerDetails) {
    super();
    this.fullName = details.fullName.trim();
    this.kind = details.kind;
    this.area = details.area ?? null;
    this.institution = details.institution ?? null;
    this.phone = details.phone ?? null;
  }
}
