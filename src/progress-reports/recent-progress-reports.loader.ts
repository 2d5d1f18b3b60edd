import { leanRows } from '../shared/lean-rows';
import type { FieldReads } from '../shared/selected-columns';
import { groupByKeys, type RequestLoader } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { ProgressReport } from './progress-report.entity';

/**
 * What the report type's field resolvers read of a report (`revisions` its id, `child` and `companion`
 * their references), and what is read whatever is selected: the child, which the loader groups by. The
 * report's id and companion only when a field asks for them. A list of report dates and states then reads
 * 4 of 16 columns and never the text (`content`, a month's narrative and scores).
 */
export const REPORT_READS: FieldReads = { always: ['child'], resolvers: { revisions: ['id'], child: ['child'], companion: ['companion'] } };

/**
 * Each child's latest `last` reports, newest period first, with `columns` only (those the query's
 * selection needs, `REPORT_READS`). The reports of every child in the request come in one statement that ranks them per
 * child (a window function). The profile page's one-statement read fills this loader in advance
 * (`src/children/child-profile.prefetch.ts`), under the same key for the same selection.
 */
export function recentProgressReportsLoader(context: RequestContext, last: number, columns: readonly string[]): RequestLoader<string, ProgressReport[]> {
  return context.loaders.get(`recent-progress-reports-${last}-${columns.join(',')}`, async (childIds: readonly string[]) => {
    const query = context.em
      .createQueryBuilder(ProgressReport, 'r')
      .select(columns.map((column) => `r.${column}`))
      .where(
        `r.id in (select ranked.id from (select id, row_number() over (partition by child_id order by period_start desc) as position
           from progress_report where child_id in (${childIds.map(() => '?').join(', ')})) ranked where ranked.position <= ?)`,
        [...childIds, last],
      )
      .orderBy({ periodStart: 'desc' });
    return groupByKeys(childIds, await leanRows(context.em, query), (report) => report.child.id);
  });
}
