import type { Transaction } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/auth/actor';
import { UUID } from '../shared/malformed-ids';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import type { ReadLineGroup } from './read-lines';

/** Fields whose every read is on record, besides any read of a child's profile. */
const SENSITIVE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Guardian: ['phone', 'address'],
  HotlineReport: ['reporterName', 'reporterContact'],
};

/** Whether reading this field goes on record: any field of a child, and the sensitive fields elsewhere. */
export function isOnRecord(typeName: string, fieldName: string): boolean {
  return typeName === 'Child' || SENSITIVE_FIELDS[typeName]?.includes(fieldName) === true;
}

/**
 * Whether a field on record is noted as it is resolved. A child's fields are noted instead where a field
 * returns the child, all the fields its selection asks for at once (`noteRecords`): a child's plain fields
 * then need no resolver of their own, and graphql-jit reads them inline.
 */
export function isNotedPerField(typeName: string, fieldName: string): boolean {
  return typeName !== 'Child' && isOnRecord(typeName, fieldName);
}

/** The record an audit line is about, when there is one. */
export interface AuditSubjectRecord {
  subjectType: string | null;
  subjectId: string | null;
}

/** Who is asking and why, as the audit log records it. */
export interface AuditSubject {
  actor: Actor;
  requestId: string;
  clientAddress: string | null;
  purpose: string | null;
}

function who(subject: AuditSubject): Pick<AuditEntry, 'actorKind' | 'staffAccountId' | 'roles' | 'requestId' | 'clientAddress' | 'purpose'> {
  const { actor } = subject;
  return {
    actorKind: actor.kind,
    staffAccountId: actor.kind === 'STAFF' ? actor.staffAccountId : null,
    roles: actor.kind === 'STAFF' ? [...actor.roles] : [],
    requestId: subject.requestId,
    clientAddress: subject.clientAddress,
    purpose: subject.purpose,
  };
}

/** One record read, and which of its fields. */
export interface RecordRead {
  subjectType: string;
  subjectId: string;
  operation: string;
  fields: Set<string>;
}

/**
 * Collects, for one request (or one subscription event), the child profiles and sensitive fields read,
 * and writes them as audit lines in one statement when the response is ready.
 */
export class AccessRecorder {
  private readonly reads = new Map<string, RecordRead>();
  /**
   * Each record object's read (a record's fields are noted one after another, often interleaved with other
   * records'): found by the object without building its key again. Records are keyed by type and id in
   * `reads`, so two objects of one record share a read.
   */
  private readonly readsByRecord = new Map<object, RecordRead>();

  constructor(readonly subject: AuditSubject) {}

  /** Called for every field resolved; remembers the ones that are on record. */
  noteField(typeName: string, fieldName: string, record: unknown): void {
    if (!isOnRecord(typeName, fieldName) || typeof record !== 'object' || record === null) return;
    const known = this.readsByRecord.get(record);
    if (known !== undefined && known.subjectType === typeName) {
      known.fields.add(fieldName);
      return;
    }
    const subjectId = (record as { id?: unknown }).id;
    if (typeof subjectId !== 'string') return;
    const key = `${typeName}/${subjectId}`;
    let read = this.reads.get(key);
    if (!read) {
      read = { subjectType: typeName, subjectId, operation: typeName === 'Child' ? 'Child' : `${typeName}.${fieldName}`, fields: new Set<string>() };
      this.reads.set(key, read);
    }
    read.fields.add(fieldName);
    this.readsByRecord.set(record, read);
  }

  /**
   * Notes `fieldNames` of every record in `value` (a record, or lists of them, as a field returns them): the
   * fields a request's selection asks for on each record a field returned, noted before they are resolved.
   */
  noteRecords(typeName: string, fieldNames: readonly string[], value: unknown): void {
    if (fieldNames.length === 0 || value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) this.noteRecords(typeName, fieldNames, item);
      return;
    }
    for (const fieldName of fieldNames) this.noteField(typeName, fieldName, value);
  }

  /** What was read since the last call, then forgets it (a shared execution hands it to each subscriber). */
  takeReads(): RecordRead[] {
    const reads = [...this.reads.values()];
    this.forget();
    return reads;
  }

  private forget(): void {
    this.reads.clear();
    this.readsByRecord.clear();
  }

  /** Puts reads made on this subscriber's behalf (by an execution shared with others) on its record. */
  addReads(reads: readonly RecordRead[]): void {
    for (const read of reads) {
      const key = `${read.subjectType}/${read.subjectId}`;
      const mine = this.reads.get(key) ?? { ...read, fields: new Set<string>() };
      for (const field of read.fields) mine.fields.add(field);
      this.reads.set(key, mine);
    }
  }

  /**
   * The read lines of what was read since the last call, then forgets it: records read alike (same kind,
   * same fields) come as one group with their ids, as `insertReadLines` writes them.
   */
  takeReadLines(): ReadLineGroup[] {
    if (this.reads.size === 0) return []; // most live-feed events show nothing on record
    // Records of one kind are resolved field by field in the same order: grouped by their fields in that
    // order, each group's fields are sorted once (not each record's). Only if two groups then have the same
    // fields, noted in another order, are the records grouped one by one, to keep each group's order read.
    const byNotedFields = new Map<string, RecordRead[]>();
    for (const read of this.reads.values()) {
      const key = `${read.operation}|${read.subjectType}|${[...read.fields].join(',')}`;
      const group = byNotedFields.get(key);
      if (group) group.push(read);
      else byNotedFields.set(key, [read]);
    }
    const groups = new Map<string, ReadLineGroup>();
    const reader = who(this.subject);
    const add = (reads: readonly RecordRead[], fields: string[]): void => {
      const key = `${reads[0].operation}|${reads[0].subjectType}|${fields.join(',')}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          operation: reads[0].operation,
          actor_kind: reader.actorKind,
          staff_account_id: reader.staffAccountId,
          roles: reader.roles,
          subject_type: reads[0].subjectType,
          fields,
          purpose: reader.purpose,
          request_id: reader.requestId,
          client_address: reader.clientAddress,
          subject_ids: [],
        };
        groups.set(key, group);
      }
      for (const read of reads) group.subject_ids.push(read.subjectId);
    };
    for (const reads of byNotedFields.values()) add(reads, [...reads[0].fields].sort());
    if (groups.size < byNotedFields.size) {
      groups.clear();
      for (const read of this.reads.values()) add([read], [...read.fields].sort());
    }
    this.forget();
    return [...groups.values()];
  }

  /** One line for a mutation, about the record its arguments name; inside `transaction` when given (one about to commit). */
  recordChange(em: EntityManager, operation: string, args: Record<string, unknown>, outcome: string, transaction?: Transaction): Promise<void> {
    return this.recordChanges(em, operation, [subjectOf(args)], outcome, transaction);
  }

  /** One line per record changed, in one insert, in `em`'s transaction (or `transaction` when given). */
  async recordChanges(em: EntityManager, operation: string, subjects: AuditSubjectRecord[], outcome: string, transaction?: Transaction): Promise<void> {
    if (!subjects.length) return;
    const lines = subjects.map(({ subjectType, subjectId }) => ({
      ...who(this.subject),
      action: AuditAction.CHANGE,
      operation,
      subjectType,
      subjectIds: subjectId === null ? [] : [subjectId],
      fields: [],
      outcome,
    }));
    await em.insertMany(AuditEntry, lines, transaction ? { ctx: transaction } : {});
  }
}

/**
 * The record a mutation is about, from its arguments: a child when one is named, else the first id
 * argument (`grantId` -> Grant), looking into `input` too.
 */
function subjectOf(args: Record<string, unknown>): AuditSubjectRecord {
  const input = args.input && typeof args.input === 'object' ? (args.input as Record<string, unknown>) : {};
  const candidates = Object.entries({ ...args, ...input }).filter(([key, value]) => /(^id|Id)$/.test(key) && typeof value === 'string' && UUID.test(value));
  const [key, value] = candidates.find(([name]) => name === 'childId') ?? candidates[0] ?? [];
  if (!key) return { subjectType: null, subjectId: null };
  const type = key === 'id' ? null : key.slice(0, -2);
  return { subjectType: type ? type[0].toUpperCase() + type.slice(1) : null, subjectId: value as string };
}
