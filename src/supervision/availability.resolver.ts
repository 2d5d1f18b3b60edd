import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RegistryLoaders } from '../children/child.loaders';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { AvailabilityService } from './availability.service';
import { ExpertAvailability } from './expert-availability.entity';
import { PublishExpertAvailabilityInput } from './supervision.inputs';

/** Who may book sessions, and so read experts' slots. */
@Resolver(() => ExpertAvailability)
export class ExpertAvailabilityResolver {
  @Guarded()
  @Mutation(() => ExpertAvailability, { description: 'Publishes one of your time slots (you must be linked to an expert worker record), in Asia/Jakarta time.' })
  publishExpertAvailability(@Arg('input') input: PublishExpertAvailabilityInput, @Ctx() context: RequestContext): Promise<ExpertAvailability> {
    return new AvailabilityService(context).publish(input);
  }

  @Guarded()
  @Mutation(() => ExpertAvailability, { description: 'Withdraws one of your slots; sessions already booked in it stay.' })
  withdrawExpertAvailability(@Arg('slotId', () => ID) slotId: string, @Ctx() context: RequestContext): Promise<ExpertAvailability> {
    return new AvailabilityService(context).withdraw(slotId);
  }

  @Guarded()
  @Query(() => [ExpertAvailability], { description: "An expert's current slots: weekly ones, and one-off ones from today on (Asia/Jakarta)." })
  expertAvailability(@Arg('expertId', () => ID) expertId: string, @Ctx() context: RequestContext): Promise<ExpertAvailability[]> {
    return new AvailabilityService(context).ofExpert(expertId);
  }

  @Guarded()
  @FieldResolver(() => Worker, { description: 'The expert.' })
  async expert(@Root() slot: ExpertAvailability, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(slot.expert.id)) as Worker;
  }
}
