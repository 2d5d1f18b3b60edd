import { decodeKeysetCursor, encodeKeysetCursor, type Page, pageOf } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { HotlineReport } from './hotline-report.entity';
import type { ReportKind } from './hotline.enums';
import { reportScope } from './report-scope';

/** Reads reports within the caller's scope, newest first. */
export class HotlineReportQueries {
  constructor(private readonly context: RequestContext) {}

  async findById(id: string): Promise<HotlineReport | null> {
    const scope = reportScope(this.context.actor, 'r');
    const [report] = await this.context.em.createQueryBuilder(HotlineReport, 'r').select('*').where({ id }).andWhere(scope.sql, scope.params).getResultList();
    return report ?? null;
  }

  async list(kind: ReportKind | undefined, first: number, after?: string): Promise<Page<HotlineReport>> {
    const scope = reportScope(this.context.actor, 'r');
    const base = () => {
      const query = this.context.em.createQueryBuilder(HotlineReport, 'r').select('*').where(scope.sql, scope.params);
      if (kind) query.andWhere({ kind });
      return query;
    };
    const page = base().orderBy({ createdAt: 'desc', id: 'desc' }).limit(first + 1);
    if (after) page.andWhere('(r.created_at, r.id) < (?, ?)', decodeKeysetCursor(after));
    const rows = await page.getResultList();
    const nodes = rows.slice(0, first);
    return pageOf(nodes.map((node) => ({ node, cursor: encodeKeysetCursor([node.createdAt.toISOString(), node.id]) })), rows.length > first, () => base().getCount());
  }
}
