import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { leanRows } from '../shared/lean-rows';
import { groupByKeys, type RequestLoader } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { ProgressReport } from './progress-report.entity';

/**
 * The columns of a report without its text (`content`, by far its largest part: a month's narrative and
 * scores), for lists that show when and how a report went, not what it says.
 */
export function reportColumnsWithoutText(em: EntityManager): string[] {
  return em
    .getMetadata()
    .get(ProgressReport.name)
    .props.filter((prop) => prop.name !== 'content' && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE) && prop.persist !== false)
    .flatMap((prop) => prop.fieldNames);
}

/**
 * Each child's latest `last` reports, newest period first, with their text only when `withText` (the
 * query selects `content`). The reports of every child in the request come in one statement that ranks
 * them per child (a window function). The profile page's one-statement read fills this loader in advance
 * (`src/children/child-profile.prefetch.ts`).
 */
export function recentProgressReportsLoader(context: RequestContext, last: number, withText: boolean): RequestLoader<string, ProgressReport[]> {
  return context.loaders.get(`recent-progress-reports-${last}${withText ? '-with-text' : ''}`, async (childIds: readonly string[]) => {
    const columns = withText ? ['r.*'] : reportColumnsWithoutText(context.em).map((column) => `r.${column}`);
    const query = context.em
      .createQueryBuilder(ProgressReport, 'r')
      .select(columns)
      .where(
        `r.id in (select ranked.id from (select id, row_number() over (partition by child_id order by period_start desc) as position
           from progress_report where child_id in (${childIds.map(() => '?').join(', ')})) ranked where ranked.position <= ?)`,
        [...childIds, last],
      )
      .orderBy({ periodStart: 'desc' });
    return groupByKeys(childIds, await leanRows(context.em, query), (report) => report.child.id);
  });
}
