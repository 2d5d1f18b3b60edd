import type { FilterQuery } from '@mikro-orm/core';
import { decodeKeysetCursor, encodeKeysetCursor, pageOf, type Page } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { AuditEntry } from './audit-entry.entity';

export interface AuditFilter {
  staffAccountId?: string;
  subjectId?: string;
  operation?: string;
}

/** Reading the audit log: newest first, a page at a time (administrators and auditors). */
export class AuditService {
  constructor(private readonly context: RequestContext) {}

  async page(filter: AuditFilter, first: number, after: string | undefined): Promise<Page<AuditEntry>> {
    const where: FilterQuery<AuditEntry> = {
      ...(filter.staffAccountId ? { staffAccountId: filter.staffAccountId } : {}),
      ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
      ...(filter.operation ? { operation: filter.operation } : {}),
    };
    const before = after ? decodeKeysetCursor(after)[1] : undefined;
    const [entries, totalCount] = await Promise.all([
      this.context.em.find(AuditEntry, before ? { ...where, sequence: { $lt: before } } : where, { orderBy: { sequence: 'desc' }, limit: first + 1 }),
      this.context.em.fork().count(AuditEntry, where),
    ]);
    const edges = entries.slice(0, first).map((node) => ({ node, cursor: encodeKeysetCursor(['audit', String(node.sequence)]) }));
    return pageOf(edges, entries.length > first, totalCount);
  }
}
