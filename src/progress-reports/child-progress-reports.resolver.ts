import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { Guarded } from '../shared/auth/guarded';
import { BadUserInputError } from '../shared/errors/domain-error';
import { leanRows } from '../shared/lean-rows';
import { groupByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { ProgressReport } from './progress-report.entity';

/**
 * A child's latest reports on the profile page. The child was found within scope; the reports of every
 * child in the request come in one statement that ranks them per child (a window function), so a page of
 * 20 or 100 children costs the same.
 */
@Resolver(() => Child)
export class ChildProgressReportsResolver {
  @Guarded()
  @FieldResolver(() => [ProgressReport], { description: "The child's latest reports, newest period first: at most `last` (1 to 24)." })
  recentProgressReports(
    @Root() child: Child,
    @Arg('last', () => Int, { defaultValue: 5 }) last: number,
    @Ctx() context: RequestContext,
  ): Promise<ProgressReport[]> {
    if (!Number.isInteger(last) || last < 1 || last > 24) throw new BadUserInputError('last must be 1 to 24.', { field: 'last' });
    return context.loaders
      .get(`recent-progress-reports-${last}`, async (childIds: readonly string[]) => {
        const query = context.em
          .createQueryBuilder(ProgressReport, 'r')
          .select('*')
          .where(
            `r.id in (select ranked.id from (select id, row_number() over (partition by child_id order by period_start desc) as position
               from progress_report where child_id in (${childIds.map(() => '?').join(', ')})) ranked where ranked.position <= ?)`,
            [...childIds, last],
          )
          .orderBy({ periodStart: 'desc' });
        return groupByKeys(childIds, await leanRows(query), (report) => report.child.id);
      })
      .load(child.id);
  }
}
