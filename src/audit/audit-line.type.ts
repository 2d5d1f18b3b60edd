import { Field, ID, ObjectType } from 'type-graphql';
import { AuditAction } from './audit-entry.entity';

/**
 * One line of the audit log as the API gives it: an entry (`AuditEntry`) about one record. A read of 20
 * children is stored as one entry and answered as 20 lines that share its position, time and request.
 * The GraphQL name stays AuditEntry, as clients know it.
 */
@ObjectType('AuditEntry', { description: 'One line of the append-only audit log: who did what to which record, when and why.' })
export class AuditLine {
  @Field(() => String, {
    description: 'Position in the log (a decimal number as text). The lines of one read of several records alike share it.',
  })
  sequence!: string;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => AuditAction, { description: 'A change, or a read of personal data.' })
  action!: AuditAction;

  @Field(() => String, { description: 'The operation or field, as Type.field (e.g. Mutation.approveAidGrant, Guardian.phone), or Child for a read of a child.' })
  operation!: string;

  @Field(() => String, { description: 'STAFF, PUBLIC (not signed in) or SYSTEM (the command line).' })
  actorKind!: string;

  @Field(() => ID, { nullable: true, description: 'The staff account, when a staff member did it.' })
  staffAccountId!: string | null;

  @Field(() => [String], { description: 'The roles the account held at the time.' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: 'The kind of record concerned (e.g. Child), when one is.' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The record concerned, when one is.' })
  subjectId!: string | null;

  @Field(() => [String], { description: 'For reads: the fields of the record that were read.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Why, as the user interface stated it (header x-access-purpose).' })
  purpose!: string | null;

  @Field(() => String, { description: 'OK, or the error code that refused or failed the change.' })
  outcome!: string;

  @Field(() => String, { description: 'The request id, to find the request in the server logs.' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The client network address, when known.' })
  clientAddress!: string | null;
}
