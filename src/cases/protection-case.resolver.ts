import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { Child } from '../children/child.entity';
import { RiskLevel } from '../children/child.enums';
import { RegistryLoaders } from '../children/child.loaders';
import { HotlineReport } from '../hotline/hotline-report.entity';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import { groupByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { CaseEvent } from './case-event.entity';
import { CaseWorkService } from './case-work.service';
import { CaseEventKind, CasePriority, CaseStatus, DispatchStatus } from './case.enums';
import { Dispatch } from './dispatch.entity';
import { ProtectionCase } from './protection-case.entity';

@ObjectType({ description: 'One entry of a case timeline: what happened, when and by whom.' })
export class CaseTimelineEntry {
  @Field(() => String, { description: 'Position in the case feed (a decimal number as text).' })
  sequence!: string;

  @Field(() => CaseEventKind, { description: 'What happened.' })
  kind!: CaseEventKind;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'What changed, in words (e.g. "NEW -> ASSESSMENT", a reason).' })
  detail!: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff account that did it; null for the public or the system.' })
  actorId!: string | null;
}

@InputType({ description: 'Triage of a case: risk level and priority, by a hotline operator or supervisor.' })
export class TriageProtectionCaseInput {
  @Field(() => ID, { description: 'The case to triage.' })
  @IsUUID('4', { message: 'caseId must be a UUID' })
  caseId!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => RiskLevel, { description: 'How much danger the child is in.' })
  riskLevel!: RiskLevel;

  @Field(() => CasePriority, { description: 'How soon the office must act.' })
  priority!: CasePriority;

  @Field(() => JakartaArea, { nullable: true, description: 'The area of the case, when the report did not give it or gave it wrong.' })
  area?: JakartaArea;

  @Field(() => ID, { nullable: true, description: 'The registered child the case is about, once identified (NOT_FOUND outside your scope).' })
  @IsOptional()
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId?: string;
}

@InputType({ description: 'A move of a case along its workflow; the allowed moves are checked.' })
export class ChangeProtectionCaseStatusInput {
  @Field(() => ID, { description: 'The case to move.' })
  @IsUUID('4', { message: 'caseId must be a UUID' })
  caseId!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => CaseStatus, { description: 'Where the case goes; a move the workflow does not allow is CONFLICT.' })
  status!: CaseStatus;

  @Field(() => String, { nullable: true, description: 'Why: required when closing (the closure reason), up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}

/** Working a protection case: triage, workflow, dispatch, and its timeline. */
@Resolver(() => ProtectionCase)
export class ProtectionCaseResolver {
  @Guarded()
  @Query(() => ProtectionCase, { nullable: true, description: 'A protection case you may see, or null.' })
  async protectionCase(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ProtectionCase | null> {
    return new CaseWorkService(context).findCase(id);
  }

  @Guarded()
  @Mutation(() => ProtectionCase, { description: 'Sets the risk level and priority of a case.' })
  triageProtectionCase(@Arg('input') input: TriageProtectionCaseInput, @Ctx() context: RequestContext): Promise<ProtectionCase> {
    return new CaseWorkService(context).triage(input);
  }

  @Guarded()
  @Mutation(() => ProtectionCase, { description: 'Moves a case along its workflow (NEW, ASSESSMENT, CASE_PLAN, SERVICE_PROVISION, MONITORING, CLOSED, REOPENED).' })
  changeProtectionCaseStatus(@Arg('input') input: ChangeProtectionCaseStatusInput, @Ctx() context: RequestContext): Promise<ProtectionCase> {
    return new CaseWorkService(context).changeStatus(input.caseId, input.expectedVersion, input.status, input.reason ?? null);
  }

  @Guarded()
  @Mutation(() => Dispatch, { description: 'Sends a social worker to the child; an earlier active dispatch ends as REASSIGNED.' })
  dispatchSocialWorker(@Arg('caseId', () => ID) caseId: string, @Arg('workerId', () => ID) workerId: string, @Ctx() context: RequestContext): Promise<Dispatch> {
    return new CaseWorkService(context).dispatch(caseId, workerId);
  }

  @Guarded()
  @Mutation(() => Dispatch, { description: 'The dispatched social worker (or a supervisor) records progress; UNABLE_TO_LOCATE needs a reason.' })
  recordDispatchProgress(
    @Arg('dispatchId', () => ID) dispatchId: string,
    @Arg('status', () => DispatchStatus) status: DispatchStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Dispatch> {
    return new CaseWorkService(context).recordDispatchProgress(dispatchId, status, reason ?? null);
  }

  @Guarded()
  @FieldResolver(() => [CaseTimelineEntry], { description: 'Everything that happened to the case, oldest first.' })
  async timeline(@Root() protectionCase: ProtectionCase, @Ctx() context: RequestContext): Promise<CaseTimelineEntry[]> {
    const loader = context.loaders.get('case-timeline', async (caseIds: readonly string[]) => {
      const rows = await context.em.find(CaseEvent, { caseId: { $in: [...caseIds] } }, { orderBy: { sequence: 'asc' } });
      return groupByKeys(caseIds, rows, (row) => row.caseId as string);
    });
    return (await loader.load(protectionCase.id)).map((event) => ({ ...event, sequence: String(event.sequence) }));
  }

  @Guarded()
  @FieldResolver(() => [Dispatch], { description: 'Every dispatch of the case, newest first, reassignments included.' })
  dispatches(@Root() protectionCase: ProtectionCase, @Ctx() context: RequestContext): Promise<Dispatch[]> {
    const loader = context.loaders.get('case-dispatches', async (caseIds: readonly string[]) => {
      const rows = await context.em.find(Dispatch, { protectionCase: { $in: [...caseIds] } }, { orderBy: { createdAt: 'desc' } });
      return groupByKeys(caseIds, rows, (row) => row.protectionCase.id);
    });
    return loader.load(protectionCase.id);
  }

  @Guarded()
  @FieldResolver(() => [HotlineReport], { description: 'The reports that opened or joined the case.' })
  reports(@Root() protectionCase: ProtectionCase, @Ctx() context: RequestContext): Promise<HotlineReport[]> {
    const loader = context.loaders.get('case-reports', async (caseIds: readonly string[]) => {
      const rows = await context.em.find(HotlineReport, { protectionCaseId: { $in: [...caseIds] } }, { orderBy: { createdAt: 'asc' } });
      return groupByKeys(caseIds, rows, (row) => row.protectionCaseId as string);
    });
    return loader.load(protectionCase.id);
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The registered child, when identified and within your scope.' })
  child(@Root() protectionCase: ProtectionCase, @Ctx() context: RequestContext): Promise<Child | null> {
    return protectionCase.childId ? new RegistryLoaders(context).childById.load(protectionCase.childId) : Promise.resolve(null);
  }
}

@Resolver(() => Dispatch)
export class DispatchResolver {
  @Guarded()
  @FieldResolver(() => Worker, { description: 'The social worker sent.' })
  async worker(@Root() dispatch: Dispatch, @Ctx() context: RequestContext): Promise<Worker> {
    return (await new RegistryLoaders(context).workerById.load(dispatch.worker.id)) as Worker;
  }
}
