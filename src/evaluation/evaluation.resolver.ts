import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { EvaluationService } from './evaluation.service';
import { Evaluation, EvaluationPeriodInput } from './evaluation.types';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Guarded()
  @Query(() => Evaluation, { description: 'The self-evaluation figures for a period: supervisors for their area, administrators and auditors for any area or all.' })
  evaluation(
    @Arg('period', () => EvaluationPeriodInput) period: EvaluationPeriodInput,
    @Arg('area', () => JakartaArea, { nullable: true, description: 'One area; all of DKI Jakarta when left out (within your scope).' }) area: JakartaArea | null,
    @Ctx() context: RequestContext,
  ): Promise<Evaluation> {
    return new EvaluationService(context).evaluate(period.from, period.to, area ?? null);
  }
}
