import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/auth/actor';
import { AuditAction, AuditEntry } from './audit-entry.entity';

/** Fields whose every read is on record, besides any read of a child's profile. */
const SENSITIVE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Guardian: ['phone', 'address'],
  HotlineReport: ['reporterName', 'reporterContact'],
};

/** Whether reading this field goes on record: any field of a child, and the sensitive fields elsewhere. */
export function isOnRecord(typeName: string, fieldName: string): boolean {
  return typeName === 'Child' || SENSITIVE_FIELDS[typeName]?.includes(fieldName) === true;
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

/**
 * Collects, for one request (or one subscription event), the child profiles and sensitive fields read,
 * and writes them as audit lines in one statement when the response is ready.
 */
export class AccessRecorder {
  private readonly reads = new Map<string, { subjectType: string; subjectId: string; operation: string; fields: Set<string> }>();

  constructor(readonly subject: AuditSubject) {}

  /** Called for every field resolved; remembers the ones that are on record. */
  noteField(typeName: string, fieldName: string, record: unknown): void {
    if (!isOnRecord(typeName, fieldName)) return;
    const isChild = typeName === 'Child';
    const subjectId = (record as { id?: unknown } | null)?.id;
    if (typeof subjectId !== 'string') return;
    const key = `${typeName}/${subjectId}`;
    const read = this.reads.get(key) ?? { subjectType: typeName, subjectId, operation: isChild ? 'Child' : `${typeName}.${fieldName}`, fields: new Set<string>() };
    read.fields.add(fieldName);
    this.reads.set(key, read);
  }

  /** Writes what was read since the last flush (one insert), then forgets it. */
  async flush(em: EntityManager): Promise<void> {
    if (!this.reads.size) return;
    const lines = [...this.reads.values()].map((read) => ({
      ...who(this.subject),
      action: AuditAction.READ,
      operation: read.operation,
      subjectType: read.subjectType,
      subjectId: read.subjectId,
      fields: [...read.fields].sort(),
      outcome: 'OK',
    }));
    this.reads.clear();
    await em.insertMany(AuditEntry, lines);
  }

  /** One line for a change; inside `transaction` when given (a knex transaction about to commit). */
  async recordChange(em: EntityManager, operation: string, args: Record<string, unknown>, outcome: string, transaction?: unknown): Promise<void> {
    const line = { ...who(this.subject), action: AuditAction.CHANGE, operation, ...subjectOf(args), outcome };
    await em
      .getConnection()
      .execute(
        `insert into audit_entry (action, operation, actor_kind, staff_account_id, roles, subject_type, subject_id, fields, purpose, outcome, request_id, client_address)
         values (?, ?, ?, ?, ?::text[], ?, ?, '{}', ?, ?, ?, ?)`,
        [line.action, line.operation, line.actorKind, line.staffAccountId, `{${line.roles.join(',')}}`, line.subjectType, line.subjectId, line.purpose, line.outcome, line.requestId, line.clientAddress],
        'run',
        transaction as never,
      );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record a mutation is about, from its arguments: a child when one is named, else the first id
 * argument (`grantId` -> Grant), looking into `input` too.
 */
function subjectOf(args: Record<string, unknown>): { subjectType: string | null; subjectId: string | null } {
  const input = args.input && typeof args.input === 'object' ? (args.input as Record<string, unknown>) : {};
  const candidates = Object.entries({ ...args, ...input }).filter(([key, value]) => /(^id|Id)$/.test(key) && typeof value === 'string' && UUID.test(value));
  const [key, value] = candidates.find(([name]) => name === 'childId') ?? candidates[0] ?? [];
  if (!key) return { subjectType: null, subjectId: null };
  const type = key === 'id' ? null : key.slice(0, -2);
  return { subjectType: type ? type[0].toUpperCase() + type.slice(1) : null, subjectId: value as string };
}
