import type DataLoader from 'dataloader';
import { leanRows } from '../shared/lean-rows';
import { groupByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { ProgressReport } from './progress-report.entity';

/**
 * Each child's latest `last` reports, newest period first. The reports of every child in the request
 * come in one statement that ranks them per child (a window function). The profile page's one-statement
 * read fills this loader in advance (`src/children/child-profile.prefetch.ts`).
 */
export function recentProgressReportsLoader(context: RequestContext, last: number): DataLoader<string, ProgressReport[]> {
  return context.loaders.get(`recent-progress-reports-${last}`, async (childIds: readonly string[]) => {
    const query = context.em
      .createQueryBuilder(ProgressReport, 'r')
      .select('*')
      .where(
        `r.id in (select ranked.id from (select id, row_number() over (partition by child_id order by period_start desc) as position
           from progress_report where child_id in (${childIds.map(() => '?').join(', ')})) ranked where ranked.position <= ?)`,
        [...childIds, last],
      )
      .orderBy({ periodStart: 'desc' });
    return groupByKeys(childIds, await leanRows(context.em, query), (report) => report.child.id);
  });
}
