import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { TransparencyGrouping } from './aid.enums';
import { transparencyReport } from './transparency.service';
import { TransparencyReport } from './transparency.types';

/** DOMAIN.md promise 4: the office shows what aid money went where; anyone may read it. */
@Resolver(() => TransparencyReport)
export class TransparencyResolver {
  @Guarded()
  @Query(() => TransparencyReport, { description: 'Public aid figures of a programme year per group: children supported, amounts disbursed, suspensions, complaints. Cells about fewer than 5 children show "<5".' })
  transparency(
    @Arg('year', () => Int, { description: 'The programme year.' }) year: number,
    @Arg('groupBy', () => TransparencyGrouping, { defaultValue: TransparencyGrouping.PROGRAMME, description: 'How to group.' }) groupBy: TransparencyGrouping,
    @Ctx() context: RequestContext,
  ): Promise<TransparencyReport> {
    return transparencyReport(context.em, year, groupBy);
  }
}
