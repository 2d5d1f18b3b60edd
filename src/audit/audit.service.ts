import { type FilterQuery, QueryOrder, type QueryOrderMap, raw } from '@mikro-orm/core';
import { BadUserInputError } from '../shared/errors/domain-error';
import { decodeKeysetCursor, encodeKeysetCursor, pageOf, type Edge, type Page } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLine } from './audit-line.type';

export interface AuditFilter {
  staffAccountId?: string;
  subjectId?: string;
  operation?: string;
}

/**
 * Newest first, without letting PostgreSQL walk the primary key backwards to find a record's entries: it
 * cannot estimate how few entries hold one id, assumes many, and would read the whole log for a child seen
 * a few times (331 ms at 300,000 entries, growing with the log). Ordering by an expression leaves it the
 * GIN index and a sort of that record's entries (2 ms).
 */
function newestFirstWithoutThePrimaryKey(): QueryOrderMap<AuditEntry> {
  return { [raw((alias) => `${alias}.sequence + 0`)]: QueryOrder.DESC }; // a raw key is used up by one query: made per call
}

/** A line's place in the log: its entry's sequence, then its record's position in the entry (1-based). */
interface LinePosition {
  sequence: bigint;
  position: number;
}

/**
 * Reading the audit log (administrators and auditors): one line per record, newest entry first, the lines
 * of one entry in the order the records were read; a page at a time.
 */
export class AuditService {
  constructor(private readonly context: RequestContext) {}

  async page(filter: AuditFilter, first: number, after: string | undefined): Promise<Page<AuditLine>> {
    const where: FilterQuery<AuditEntry> = {
      ...(filter.staffAccountId ? { staffAccountId: filter.staffAccountId } : {}),
      ...(filter.subjectId ? { subjectIds: { $contains: [filter.subjectId] } } : {}),
      ...(filter.operation ? { operation: filter.operation } : {}),
    };
    const from = after === undefined ? undefined : positionOf(after);
    // Each entry gives at least one line, and the entry `after` points into may have none left: first + 2
    // entries hold first + 1 lines (one more than the page, to know whether another follows).
    const entries = await this.context.em.find(AuditEntry, from ? { ...where, sequence: { $lte: String(from.sequence) } } : where, {
      orderBy: filter.subjectId ? newestFirstWithoutThePrimaryKey() : { sequence: 'desc' },
      limit: first + 2,
    });
    const lines: Array<Edge<AuditLine>> = [];
    for (const entry of entries) {
      for (const [index, subjectId] of linesOf(entry, filter.subjectId)) {
        const position = index + 1;
        if (from && BigInt(entry.sequence) === from.sequence && position <= from.position) continue;
        lines.push({ node: lineOf(entry, subjectId), cursor: encodeKeysetCursor([entry.sequence, String(position)]) });
      }
      if (lines.length > first) break;
    }
    return pageOf(lines.slice(0, first), lines.length > first, () => this.count(where, filter.subjectId !== undefined));
  }

  /** Lines matching: one per matching entry when filtered by record, else one per record of each entry (or one for none). */
  private async count(where: FilterQuery<AuditEntry>, byRecord: boolean): Promise<number> {
    const em = this.context.em.fork();
    if (byRecord) return em.count(AuditEntry, where);
    const [row] = await em
      .createQueryBuilder(AuditEntry, 'e')
      .select(raw('coalesce(sum(greatest(cardinality(e.subject_ids), 1)), 0)::int as lines'))
      .where(where)
      .execute<Array<{ lines: number }>>('all', false);
    return row.lines;
  }
}

/** The records of an entry that a page shows, with their index in the entry: only `subjectId` when filtered by it. */
function linesOf(entry: AuditEntry, subjectId: string | undefined): Array<[number, string | null]> {
  if (subjectId !== undefined) return [[entry.subjectIds.indexOf(subjectId), subjectId]];
  if (entry.subjectIds.length === 0) return [[0, null]];
  return entry.subjectIds.map((id, index) => [index, id]);
}

function lineOf(entry: AuditEntry, subjectId: string | null): AuditLine {
  const { sequence, occurredAt, action, operation, actorKind, staffAccountId, roles, subjectType, fields, purpose, outcome, requestId, clientAddress } = entry;
  return { sequence, occurredAt, action, operation, actorKind, staffAccountId, roles, subjectType, subjectId, fields, purpose, outcome, requestId, clientAddress };
}

/** The largest bigint: a cursor past it would fail in PostgreSQL, not as bad input. */
const LARGEST_SEQUENCE = 9_223_372_036_854_775_807n;

/** The position a cursor of this list names; anything else is BAD_USER_INPUT on `after`. */
function positionOf(cursor: string): LinePosition {
  const [sequence, position] = decodeKeysetCursor(cursor);
  if (!/^\d{1,19}$/.test(sequence) || BigInt(sequence) > LARGEST_SEQUENCE || !/^\d{1,9}$/.test(position)) {
    throw new BadUserInputError('The cursor is not one this list gave out; start again without `after`.', { field: 'after' });
  }
  return { sequence: BigInt(sequence), position: Number(position) };
}
