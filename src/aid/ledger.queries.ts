import { HotlineReport } from '../hotline/hotline-report.entity';
import { ReportKind } from '../hotline/hotline.enums';
import { decodeKeysetCursor, encodeKeysetCursor, type Page, pageOf } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import type { SqlCondition } from '../shared/sql-condition';
import { grantReadScope } from './aid-scope';
import type { AidLedgerFilter } from './aid.inputs';
import { LedgerEntry } from './ledger-entry.entity';

/** The conditions of a ledger filter over `ledger_entry le` joined to `aid_grant g` and `programme_year py`. */
export function ledgerConditions(filter: AidLedgerFilter): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.institutionId) conditions.push({ sql: "g.beneficiary_kind = 'INSTITUTION' and g.beneficiary_id = ?", params: [filter.institutionId] });
  if (filter.workerId) conditions.push({ sql: "g.beneficiary_kind = 'COMPANION' and g.beneficiary_id = ?", params: [filter.workerId] });
  if (filter.year !== undefined && filter.year !== null) conditions.push({ sql: 'py.year = ?', params: [filter.year] });
  return conditions;
}

/** The auditor's view of the money trail: ledger lines in the order recorded, and the complaints beside them. */
export class AidLedgerQueries {
  constructor(private readonly context: RequestContext) {}

  async page(filter: AidLedgerFilter, first: number, after?: string): Promise<Page<LedgerEntry>> {
    const conditions = [...ledgerConditions(filter), grantReadScope(this.context.actor, 'g.child_id')];
    const base = () => {
      const query = this.context.em.createQueryBuilder(LedgerEntry, 'le').select('le.*').join('le.grant', 'g').join('g.programmeYear', 'py');
      for (const condition of conditions) query.andWhere(condition.sql, condition.params);
      return query;
    };
    const page = base().orderBy({ createdAt: 'asc', id: 'asc' }).limit(first + 1);
    if (after) page.andWhere('(le.created_at, le.id) > (?, ?)', decodeKeysetCursor(after));
    const [totalCount, rows] = await Promise.all([base().getCount(), page.getResultList()]);
    const nodes = rows.slice(0, first);
    return pageOf(nodes.map((node) => ({ node, cursor: encodeKeysetCursor([node.createdAt.toISOString(), node.id]) })), rows.length > first, totalCount);
  }

  /** FUND_MISUSE complaints naming the filtered institution or worker, newest first; none without either filter. */
  async complaints(filter: AidLedgerFilter): Promise<HotlineReport[]> {
    const named = [
      ...(filter.institutionId ? [{ institutionId: filter.institutionId }] : []),
      ...(filter.workerId ? [{ accusedWorkerId: filter.workerId }] : []),
    ];
    if (!named.length) return [];
    return this.context.em.find(HotlineReport, { kind: ReportKind.FUND_MISUSE, $or: named }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }
}
