import { ArrayType, BigIntType, Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum AuditAction {
  /** A mutation, whether it succeeded or was refused. */
  CHANGE = 'CHANGE',
  /** A read of a child's profile or of a sensitive field. */
  READ = 'READ',
}
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit entry records: a change, or a read of personal data.' });

/** The index that finds a record's entries. */
export const SUBJECT_IDS_INDEX = 'audit_entry_subject_ids_index';

/**
 * One entry of the audit log: who did what to which records, when, why and from where. A change is an entry
 * about the record it changed; a read is an entry per request and kind of record read alike (the same
 * fields), with every such record's id: a page of 20 children is one entry of 20 ids, not 20 rows, which
 * cost PostgreSQL about twice as much to write (BENCHMARKS.md). The API still answers one line per record
 * (`AuditLine`). Append-only: the database refuses UPDATE, DELETE and TRUNCATE on the table (a trigger).
 * Changes are written in the same transaction as the change itself, so a change without its entry cannot exist.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['staffAccountId', 'sequence'] })
// "Who looked at this child": entries whose ids hold the child. GIN keeps new ids in a pending list first,
// so an entry of many ids costs its insert little; the list is merged off the requests' path (PendingIndexCleanup).
@Index({ name: SUBJECT_IDS_INDEX, expression: `create index "${SUBJECT_IDS_INDEX}" on "audit_entry" using gin ("subject_ids")` })
export class AuditEntry {
  /** Position in the log. */
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  sequence!: Opt<string>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Opt<Date> = new Date();

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  /** The operation or field, as Type.field (e.g. Mutation.approveAidGrant, Guardian.phone), or Child for a child's profile. */
  @Property({ type: 'text' })
  operation!: string;

  /** STAFF, PUBLIC (not signed in) or SYSTEM (the command line). */
  @Property({ type: 'text' })
  actorKind!: string;

  @Property({ type: 'uuid', nullable: true })
  staffAccountId: string | null = null;

  /** The roles the account held at the time. */
  @Property({ type: 'text[]' })
  roles: string[] = [];

  /** The kind of the records concerned (e.g. Child), when there are any. */
  @Property({ type: 'text', nullable: true })
  subjectType: string | null = null;

  /** The records concerned, in the order they were read: none, one for a change, one or more for a read. */
  @Property({ type: ArrayType, columnType: 'uuid[]', defaultRaw: "'{}'" })
  subjectIds: Opt<string[]> = [];

  /** For reads: the fields of each record that were read. */
  @Property({ type: 'text[]' })
  fields: string[] = [];

  /** Why, as the user interface stated it (header x-access-purpose). */
  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  /** OK, or the error code that refused or failed the change. */
  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'text', nullable: true })
  clientAddress: string | null = null;
}
