import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { Guarded } from '../shared/auth/guarded';
import { BadUserInputError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { columnsForSelection } from '../shared/selected-columns';
import { ProgressReport } from './progress-report.entity';
import { recentProgressReportsLoader, REPORT_READS } from './recent-progress-reports.loader';

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
    @Info() info: GraphQLResolveInfo,
  ): ProgressReport[] | Promise<ProgressReport[]> {
    if (!Number.isInteger(last) || last < 1 || last > 24) throw new BadUserInputError('last must be 1 to 24.', { field: 'last' });
    return recentProgressReportsLoader(context, last, columnsForSelection(context.em, info, ProgressReport, REPORT_READS)).loadNow(child.id);
  }
}
