import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { RiskLevel } from '../children/child.enums';
import { HotlineReport } from '../hotline/hotline-report.entity';
import { ReportKind } from '../hotline/hotline.enums';
import { Guarded } from '../shared/auth/guarded';
import { SingleFlight } from '../shared/single-flight';
import { JakartaArea } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { CaseEvent } from './case-event.entity';
import { caseFeed } from './case-feed';
import { CaseEventKind, EventAudience } from './case.enums';
import { ProtectionCase } from './protection-case.entity';

@ObjectType({ description: 'One event of the live case feed; `sequence` grows with every event, so a client can resume after it.' })
export class CaseFeedEvent {
  @Field(() => String, { description: 'Position in the feed (a decimal number as text); pass the last one you received as afterSequence to resume.' })
  sequence!: string;

  @Field(() => CaseEventKind, { description: 'What happened.' })
  kind!: CaseEventKind;

  @Field(() => EventAudience, { description: 'CASEWORK, or OVERSIGHT for complaints that only auditors and administrators receive.' })
  audience!: EventAudience;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => JakartaArea, { nullable: true, description: 'The area concerned, when known.' })
  area!: JakartaArea | null;

  @Field(() => RiskLevel, { nullable: true, description: 'The case risk level at the time, once triaged.' })
  riskLevel!: RiskLevel | null;

  @Field(() => ReportKind, { nullable: true, description: 'The kind of report involved, if any.' })
  reportKind!: ReportKind | null;

  reportId!: string | null;
  caseId!: string | null;
}

interface CaseFeedArgs {
  afterSequence?: string;
  kinds?: CaseEventKind[];
  areas?: JakartaArea[];
  reportKinds?: ReportKind[];
  riskLevels?: RiskLevel[];
}

/** One event reaches many subscribers at once: their look-ups of its report and case are shared while under way. */
const reportsInFlight = new SingleFlight<HotlineReport | null>();
const casesInFlight = new SingleFlight<ProtectionCase | null>();

/** The live feed supervisors watch; each event is checked against the subscriber's access when delivered. */
@Resolver(() => CaseFeedEvent)
export class CaseFeedResolver {
  @Guarded()
  @Subscription(() => CaseFeedEvent, {
    description: 'New reports and case events as they happen; with afterSequence, first replays what you missed, with no gap and no duplicate.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, CaseFeedArgs, RequestContext>) => caseFeed(context, args),
  })
  caseFeed(
    @Root() event: CaseEvent,
    @Arg('afterSequence', () => String, { nullable: true, description: 'Replay events after this sequence first.' }) _afterSequence?: string,
    @Arg('kinds', () => [CaseEventKind], { nullable: true, description: 'Only events of these kinds (CASE_OPENED alone: new cases).' }) _kinds?: CaseEventKind[],
    @Arg('areas', () => [JakartaArea], { nullable: true, description: 'Only events of these areas.' }) _areas?: JakartaArea[],
    @Arg('reportKinds', () => [ReportKind], { nullable: true, description: 'Only events about these kinds of report.' }) _reportKinds?: ReportKind[],
    @Arg('riskLevels', () => [RiskLevel], { nullable: true, description: 'Only events of cases at these risk levels (once triaged).' }) _riskLevels?: RiskLevel[],
  ): CaseFeedEvent {
    return { ...event, sequence: String(event.sequence) };
  }

  @Guarded()
  @FieldResolver(() => HotlineReport, { nullable: true, description: 'The report involved, if any.' })
  report(@Root() event: CaseFeedEvent, @Ctx() context: RequestContext): Promise<HotlineReport | null> {
    const { reportId } = event;
    return reportId ? reportsInFlight.run(reportId, () => context.em.fork().findOne(HotlineReport, reportId)) : Promise.resolve(null);
  }

  @Guarded()
  @FieldResolver(() => ProtectionCase, { nullable: true, description: 'The protection case involved, if any.' })
  protectionCase(@Root() event: CaseFeedEvent, @Ctx() context: RequestContext): Promise<ProtectionCase | null> {
    const { caseId } = event;
    return caseId ? casesInFlight.run(caseId, () => context.em.fork().findOne(ProtectionCase, caseId)) : Promise.resolve(null);
  }
}
