import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { RegistryLoaders } from '../children/child.loaders';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { SupervisionCoverage, supervisionCoverage } from './coverage';
import { SpotCheck } from './spot-check.entity';
import { SpotCheckService } from './spot-check.service';
import { RecordSpotCheckOutcomeInput } from './supervision.inputs';

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  @Guarded()
  @Mutation(() => SpotCheck, { description: "Starts a spot check on a companion (of your area as a supervisor); the server picks one child at random from the companion's caseload." })
  startSpotCheck(@Arg('companionId', () => ID) companionId: string, @Ctx() context: RequestContext): Promise<SpotCheck> {
    return new SpotCheckService(context).start(companionId);
  }

  @Guarded()
  @Mutation(() => SpotCheck, {
    description: "Records the outcome of a spot check you started, once. DOES_NOT_KNOW suspends the child's aid grants (SPOT_CHECK); KNOWS lifts such a suspension.",
  })
  recordSpotCheckOutcome(@Arg('input') input: RecordSpotCheckOutcomeInput, @Ctx() context: RequestContext): Promise<SpotCheck> {
    return new SpotCheckService(context).recordOutcome(input.spotCheckId, input.outcome, input.notes);
  }

  @Guarded()
  @Query(() => [SupervisionCoverage], {
    description: 'Supervision coverage per month (Asia/Jakarta) and area, from fromMonth to toMonth (YYYY-MM, at most 24 months); a supervisor bound to an area sees that area.',
  })
  supervisionCoverage(
    @Arg('fromMonth', () => String, { description: 'First month, YYYY-MM.' }) fromMonth: string,
    @Arg('toMonth', () => String, { description: 'Last month, YYYY-MM.' }) toMonth: string,
    @Ctx() context: RequestContext,
  ): Promise<SupervisionCoverage[]> {
    return supervisionCoverage(context, fromMonth, toMonth);
  }

  @Guarded()
  @FieldResolver(() => Worker, { description: 'The companion checked.' })
  async companion(@Root() spotCheck: SpotCheck, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(spotCheck.companion.id)) as Worker;
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child asked about, when in your scope (an expert: when a session shares it); null otherwise.' })
  child(@Root() spotCheck: SpotCheck, @Ctx() context: RequestContext): Promise<Child | null> {
    return new RegistryLoaders(context).childById.load(spotCheck.child.id);
  }
}
