import { BigIntType, Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditAction {
  /** A mutation, whether it succeeded or was refused. */
  CHANGE = 'CHANGE',
  /** A read of a child's profile or of a sensitive field. */
  READ = 'READ',
}
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit entry records: a change, or a read of personal data.' });

/**
 * One line of the audit log: who did what to which record, when, why and from where. Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE on the table (a trigger). Changes are written in the same
 * transaction as the change itself, so a change without its audit line cannot exist.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['subjectId', 'sequence'] })
@Index({ properties: ['staffAccountId', 'sequence'] })
@ObjectType({ description: 'One line of the append-only audit log.' })
export class AuditEntry {
  @Field(() => String, { description: 'Position in the log (a decimal number as text).' })
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  sequence!: Opt<string>;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Opt<Date> = new Date();

  @Field(() => AuditAction, { description: 'A change, or a read of personal data.' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => String, { description: "The operation or field, as Type.field (e.g. Mutation.approveAidGrant, Child.nik)." })
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => String, { description: 'STAFF, PUBLIC (not signed in) or SYSTEM (the command line).' })
  @Property({ type: 'text' })
  actorKind!: string;

  @Field(() => ID, { nullable: true, description: 'The staff account, when a staff member did it.' })
  @Property({ type: 'uuid', nullable: true })
  staffAccountId: string | null = null;

  @Field(() => [String], { description: 'The roles the account held at the time.' })
  @Property({ type: 'text[]' })
  roles: string[] = [];

  @Field(() => String, { nullable: true, description: 'The kind of record concerned (e.g. Child), when one is.' })
  @Property({ type: 'text', nullable: true })
  subjectType: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The record concerned, when one is.' })
  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Field(() => [String], { description: 'For reads: the fields of the record that were read.' })
  @Property({ type: 'text[]' })
  fields: string[] = [];

  @Field(() => String, { nullable: true, description: 'Why, as the user interface stated it (header x-access-purpose).' })
  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  @Field(() => String, { description: 'OK, or the error code that refused or failed the change.' })
  @Property({ type: 'text' })
  outcome!: string;

  @Field(() => String, { description: 'The request id, to find the request in the server logs.' })
  @Property({ type: 'text' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The client network address, when known.' })
  @Property({ type: 'text', nullable: true })
  clientAddress: string | null = null;
}
