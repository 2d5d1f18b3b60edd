import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProtectionCase } from '../cases/protection-case.entity';
import { RegistryLoaders } from '../children/child.loaders';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { CalendarLink, issueCalendarToken } from './calendar';
import { SupervisionFollowUp } from './follow-up.entity';
import { mySessionFeed } from './supervision-feed';
import { SupervisionParticipant, SupervisionSession, SupervisionSessionChild } from './supervision-session.entity';
import { SupervisionSessionService } from './supervision-session.service';
import { SupervisionSessionChange } from './supervision.enums';
import { RecordSessionOutcomeInput, RequestSupervisionSessionInput } from './supervision.inputs';
import { SupervisionLoaders } from './supervision.loaders';

@ObjectType({ description: 'A change of one of your supervision sessions, pushed live.' })
export class SupervisionSessionUpdate {
  @Field(() => String, { description: 'Position in the feed (a decimal number as text); pass the last one you received as afterSequence to resume.' })
  sequence!: string;

  @Field(() => SupervisionSessionChange, { description: 'What happened.' })
  change!: SupervisionSessionChange;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  sessionId!: string;
}

@Resolver(() => SupervisionSession)
export class SupervisionSessionResolver {
  @Guarded()
  @Query(() => SupervisionSession, { nullable: true, description: 'A session you may see (yours, or your area\'s as a supervisor), or null.' })
  supervisionSession(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<SupervisionSession | null> {
    return new SupervisionLoaders(context).sessionById.load(id);
  }

  @Guarded()
  @Mutation(() => SupervisionSession, {
    description:
      "Requests a session inside one of the expert's slots (PROPOSED). The expert and every worker taking part are booked; an overlapping booking of any of them is CONFLICT, enforced by the database.",
  })
  requestSupervisionSession(@Arg('input') input: RequestSupervisionSessionInput, @Ctx() context: RequestContext): Promise<SupervisionSession> {
    return new SupervisionSessionService(context).request(input);
  }

  @Guarded()
  @Mutation(() => SupervisionSession, { description: 'The expert confirms a PROPOSED session; its people are notified live.' })
  confirmSupervisionSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() context: RequestContext): Promise<SupervisionSession> {
    return new SupervisionSessionService(context).confirm(sessionId);
  }

  @Guarded()
  @Mutation(() => SupervisionSession, { description: 'Cancels a PROPOSED or CONFIRMED session with a reason; the time is free again.' })
  cancelSupervisionSession(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('reason', () => String, { description: 'Why, up to 2000 characters.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<SupervisionSession> {
    return new SupervisionSessionService(context).cancel(sessionId, reason);
  }

  @Guarded()
  @Mutation(() => SupervisionSession, { description: 'The expert records a CONFIRMED session as held: attendance, notes, and recommendations as follow-up tasks.' })
  recordSupervisionSessionOutcome(@Arg('input') input: RecordSessionOutcomeInput, @Ctx() context: RequestContext): Promise<SupervisionSession> {
    return new SupervisionSessionService(context).recordOutcome(input);
  }

  @Guarded()
  @Mutation(() => SupervisionSession, { description: 'The expert records that nobody came to a CONFIRMED session.' })
  markSupervisionSessionNoShow(@Arg('sessionId', () => ID) sessionId: string, @Ctx() context: RequestContext): Promise<SupervisionSession> {
    return new SupervisionSessionService(context).markNoShow(sessionId);
  }

  @Guarded()
  @Mutation(() => CalendarLink, { description: 'Issues your secret calendar address (GET /calendar/<token>.ics, iCalendar); the previous one stops working.' })
  issueCalendarToken(@Ctx() context: RequestContext): Promise<CalendarLink> {
    return issueCalendarToken(context);
  }

  @Guarded()
  @Subscription(() => SupervisionSessionUpdate, {
    description:
      'Changes of your own sessions (as expert, participant or requester) as they happen: requested, confirmed, cancelled, held, no-show. With afterSequence, first replays what you missed.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { afterSequence?: string }, RequestContext>) => mySessionFeed(context, args.afterSequence),
  })
  mySupervisionSessions(
    @Root() event: { sequence: string; change: SupervisionSessionChange; occurredAt: Date; sessionId: string },
    @Arg('afterSequence', () => String, { nullable: true, description: 'Replay changes after this sequence first ("0": all of them).' }) _afterSequence?: string,
  ): SupervisionSessionUpdate {
    return { sequence: String(event.sequence), change: event.change, occurredAt: event.occurredAt, sessionId: event.sessionId };
  }

  @Guarded()
  @FieldResolver(() => Worker, { description: 'The expert.' })
  async expert(@Root() session: SupervisionSession, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(session.expert.id)) as Worker;
  }

  @Guarded()
  @FieldResolver(() => [SupervisionParticipant], { description: 'Who takes part: workers, companions and community members.' })
  participants(@Root() session: SupervisionSession, @Ctx() context: RequestContext): Promise<SupervisionParticipant[]> {
    return new SupervisionLoaders(context).participantsOfSession.load(session.id);
  }

  @Guarded()
  @FieldResolver(() => [SupervisionSessionChild], { description: 'The children discussed, and whether each is shared with the expert.' })
  discussedChildren(@Root() session: SupervisionSession, @Ctx() context: RequestContext): Promise<SupervisionSessionChild[]> {
    return new SupervisionLoaders(context).childrenOfSession.load(session.id);
  }

  @Guarded()
  @FieldResolver(() => [ProtectionCase], { description: 'The protection cases discussed that you may see (hotline operators, supervisors, social workers in scope); never the expert.' })
  discussedCases(@Root() session: SupervisionSession, @Ctx() context: RequestContext): Promise<ProtectionCase[]> {
    return new SupervisionLoaders(context).casesOfSession.load(session.id);
  }

  @Guarded()
  @FieldResolver(() => [SupervisionFollowUp], { description: 'The follow-up tasks recorded after the session, by due date.' })
  followUps(@Root() session: SupervisionSession, @Ctx() context: RequestContext): Promise<SupervisionFollowUp[]> {
    return new SupervisionLoaders(context).followUpsOfSession.load(session.id);
  }
}

@Resolver(() => SupervisionSessionUpdate)
export class SupervisionSessionUpdateResolver {
  @Guarded()
  @FieldResolver(() => SupervisionSession, { nullable: true, description: 'The session as it is now (null if you may no longer see it).' })
  session(@Root() update: SupervisionSessionUpdate, @Ctx() context: RequestContext): Promise<SupervisionSession | null> {
    // Each event is resolved with a fresh EntityManager, so the subscriber reads the session as committed.
    return new SupervisionSessionService({ ...context, em: context.em.fork() as EntityManager }).findVisible(update.sessionId);
  }
}
