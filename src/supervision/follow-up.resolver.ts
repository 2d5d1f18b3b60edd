import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { RegistryLoaders } from '../children/child.loaders';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { SupervisionFollowUp } from './follow-up.entity';
import { FollowUpService } from './follow-up.service';
import { SupervisionParticipant, SupervisionSession, SupervisionSessionChild } from './supervision-session.entity';
import { SupervisionLoaders } from './supervision.loaders';

@Resolver(() => SupervisionFollowUp)
export class SupervisionFollowUpResolver {
  @Guarded()
  @Mutation(() => SupervisionFollowUp, { description: 'Marks a follow-up done: its owner, or whoever may read its session.' })
  completeSupervisionFollowUp(
    @Arg('followUpId', () => ID) followUpId: string,
    @Arg('note', () => String, { description: 'What was done, up to 2000 characters.' }) note: string,
    @Ctx() context: RequestContext,
  ): Promise<SupervisionFollowUp> {
    return new FollowUpService(context).complete(followUpId, note);
  }

  @Guarded()
  @Query(() => [SupervisionFollowUp], {
    description: "Open follow-ups past their due date (Asia/Jakarta) whose owner works in your area (a supervisor with no area, or an administrator: the area given, or all), oldest due first, at most 500.",
  })
  overdueFollowUps(
    @Arg('area', () => JakartaArea, { nullable: true, description: 'Only this area.' }) area: JakartaArea | null,
    @Ctx() context: RequestContext,
  ): Promise<SupervisionFollowUp[]> {
    return new FollowUpService(context).overdue(area ?? null);
  }

  @Guarded()
  @FieldResolver(() => Worker, { description: 'Who does it.' })
  async owner(@Root() followUp: SupervisionFollowUp, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(followUp.owner.id)) as Worker;
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child it is about, when in your scope.' })
  child(@Root() followUp: SupervisionFollowUp, @Ctx() context: RequestContext): Promise<Child | null> {
    return followUp.child ? new RegistryLoaders(context).childById.load(followUp.child.id) : Promise.resolve(null);
  }

  @Guarded()
  @FieldResolver(() => SupervisionSession, { nullable: true, description: 'The session it came from, when you may see it.' })
  session(@Root() followUp: SupervisionFollowUp, @Ctx() context: RequestContext): Promise<SupervisionSession | null> {
    return new SupervisionLoaders(context).sessionById.load(followUp.session.id);
  }
}

@Resolver(() => SupervisionParticipant)
export class SupervisionParticipantResolver {
  @Guarded()
  @FieldResolver(() => Worker, { nullable: true, description: 'The worker or companion; null for a community member.' })
  worker(@Root() participant: SupervisionParticipant, @Ctx() context: RequestContext): Promise<Worker | null> {
    return participant.worker ? new RegistryLoaders(context).workerById.load(participant.worker.id) : Promise.resolve(null);
  }
}

@Resolver(() => SupervisionSessionChild)
export class SupervisionSessionChildResolver {
  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child, when in your scope (an expert: when shared with them); null otherwise.' })
  child(@Root() entry: SupervisionSessionChild, @Ctx() context: RequestContext): Promise<Child | null> {
    return new RegistryLoaders(context).childById.load(entry.child.id);
  }
}
