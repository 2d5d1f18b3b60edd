import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RiskLevel } from '../children/child.enums';
import { ChildService } from '../children/child.service';
import type { JakartaArea } from '../shared/auth/roles';
import { HotlineReport } from '../hotline/hotline-report.entity';
import { ReportStatus } from '../hotline/hotline.enums';
import { StaffRole } from '../shared/auth/roles';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from '../workers/worker.entity';
import { appendCaseEvent, type CaseEventData } from './case-event.outbox';
import { caseScope } from './case-scope';
import { CaseEventKind, CasePriority, CaseStatus, DispatchStatus, EventAudience } from './case.enums';
import { Dispatch } from './dispatch.entity';
import { ProtectionCase } from './protection-case.entity';

export interface TriageInput {
  caseId: string;
  expectedVersion: number;
  riskLevel: RiskLevel;
  priority: CasePriority;
  /** The area, when the report did not say or said wrong. */
  area?: JakartaArea;
  /** The registered child, once identified (must be a child the caller may see). */
  childId?: string;
}

/**
 * Working a protection case: triage, workflow, dispatch. Every change and its feed event are written in
 * one transaction, so the timeline and the live feed never disagree with the case.
 */
export class CaseWorkService {
  constructor(private readonly context: RequestContext) {}

  /** A case the caller may see, or null. */
  async findCase(caseId: string, em: EntityManager = this.context.em): Promise<ProtectionCase | null> {
    const scope = caseScope(this.context.actor, 'pc');
    const [found] = await em.createQueryBuilder(ProtectionCase, 'pc').select('*').where({ id: caseId }).andWhere(scope.sql, scope.params).getResultList();
    return found ?? null;
  }

  /** A case the caller may see, or NOT_FOUND. */
  async requireCase(caseId: string, em: EntityManager = this.context.em): Promise<ProtectionCase> {
    const found = await this.findCase(caseId, em);
    if (!found) throw new NotFoundError('protection case', caseId);
    return found;
  }

  async triage(input: TriageInput): Promise<ProtectionCase> {
    // The child is checked within the caller's scope before anything changes: an unknown child is NOT_FOUND.
    if (input.childId) await new ChildService(this.context).requireChild(input.childId);
    return this.change(input.caseId, input.expectedVersion, (protectionCase) => {
      protectionCase.riskLevel = input.riskLevel;
      protectionCase.priority = input.priority;
      if (input.area) protectionCase.area = input.area;
      if (input.childId) protectionCase.childId = input.childId;
      const identified = input.childId ? ', child identified' : '';
      return { kind: CaseEventKind.TRIAGED, detail: `Risk ${input.riskLevel}, priority ${input.priority}${identified}` };
    });
  }

  async changeStatus(caseId: string, expectedVersion: number, status: CaseStatus, reason: string | null): Promise<ProtectionCase> {
    return this.change(caseId, expectedVersion, (protectionCase) => {
      const from = protectionCase.status;
      protectionCase.transitionTo(status, reason);
      const kind = status === CaseStatus.CLOSED ? CaseEventKind.CLOSED : CaseEventKind.STATUS_CHANGED;
      return { kind, detail: `${from} -> ${status}${reason?.trim() ? `: ${reason.trim()}` : ''}` };
    });
  }

  /** Sends a social worker; an active dispatch to someone else ends as REASSIGNED, its history kept. */
  async dispatch(caseId: string, workerId: string): Promise<Dispatch> {
    const { config } = this.context;
    return this.context.em.fork().transactional(async (em) => {
      const protectionCase = await this.requireCase(caseId, em);
      if (protectionCase.status === CaseStatus.CLOSED) throw new BadUserInputError('The case is closed; reopen it first.', { field: 'caseId' });
      const worker = await em.findOne(Worker, workerId);
      if (!worker || worker.kind !== WorkerKind.SOCIAL_WORKER) throw new NotFoundError('social worker', workerId);
      if (!worker.onDuty) throw new ConflictError(`${worker.fullName} is off duty; dispatch a social worker who is on duty.`, { field: 'workerId' });
      const active = await em.find(Dispatch, { protectionCase, status: { $in: [DispatchStatus.DISPATCHED, DispatchStatus.ACKNOWLEDGED, DispatchStatus.EN_ROUTE, DispatchStatus.ON_SITE] } });
      for (const earlier of active) earlier.reassign(`Reassigned to ${worker.fullName}`);
      const now = new Date();
      const onSiteHours =
        protectionCase.riskLevel === RiskLevel.HIGH
          ? config.dispatch.onSiteWithinHoursHighRisk
          : protectionCase.riskLevel === RiskLevel.MEDIUM
            ? config.dispatch.onSiteWithinHoursMediumRisk
            : null;
      const dispatch = em.create(Dispatch, {
        protectionCase,
        worker,
        acknowledgeBy: new Date(now.getTime() + config.dispatch.acknowledgeWithinSeconds * 1000),
        onSiteBy: onSiteHours === null ? null : new Date(now.getTime() + onSiteHours * 3_600_000),
        dispatchedBy: this.actorId(),
      });
      await em.flush();
      await this.event(em, protectionCase, { kind: CaseEventKind.DISPATCHED, detail: `${worker.fullName} dispatched` });
      return dispatch;
    });
  }

  /** The dispatched worker (or a supervisor for them) records progress: ACKNOWLEDGED ... CHILD_SAFE. */
  async recordDispatchProgress(dispatchId: string, status: DispatchStatus, reason: string | null): Promise<Dispatch> {
    const { actor } = this.context;
    return this.context.em.fork().transactional(async (em) => {
      const dispatch = await em.findOne(Dispatch, dispatchId, { populate: ['worker'] });
      if (!dispatch) throw new NotFoundError('dispatch', dispatchId);
      const protectionCase = await this.requireCase(dispatch.protectionCase.id, em);
      const isTheWorker = actor.kind === 'STAFF' && actor.workerId === dispatch.worker.id;
      const isSupervisor = actor.kind === 'STAFF' && actor.roles.includes(StaffRole.SUPERVISOR);
      if (!isTheWorker && !isSupervisor) throw new ForbiddenError('Only the dispatched social worker or a supervisor records progress.');
      dispatch.recordProgress(status, reason, new Date());
      await em.flush();
      await this.event(em, protectionCase, {
        kind: CaseEventKind.DISPATCH_UPDATED,
        detail: `${dispatch.worker.fullName}: ${status}${dispatch.reason && status === DispatchStatus.UNABLE_TO_LOCATE ? ` (${dispatch.reason})` : ''}`,
      });
      return dispatch;
    });
  }

  private async change(
    caseId: string,
    expectedVersion: number,
    apply: (protectionCase: ProtectionCase) => Pick<CaseEventData, 'kind' | 'detail'>,
  ): Promise<ProtectionCase> {
    return this.context.em.fork().transactional(async (em) => {
      const protectionCase = await this.requireCase(caseId, em);
      await em.lock(protectionCase, LockMode.OPTIMISTIC, expectedVersion);
      const event = apply(protectionCase);
      await em.flush();
      await this.event(em, protectionCase, event);
      return protectionCase;
    });
  }

  private event(em: EntityManager, protectionCase: ProtectionCase, event: Pick<CaseEventData, 'kind' | 'detail'>): Promise<void> {
    return recordCaseChange(em, this.context, protectionCase, event);
  }

  private actorId(): string | null {
    return this.context.actor.kind === 'STAFF' ? this.context.actor.staffAccountId : null;
  }
}

/** Every change to a case records its event (timeline and feed) and updates the coarse status its reporters see. */
export async function recordCaseChange(
  em: EntityManager,
  context: RequestContext,
  protectionCase: ProtectionCase,
  event: Pick<CaseEventData, 'kind' | 'detail'>,
): Promise<void> {
  const reportStatus = protectionCase.status === CaseStatus.CLOSED ? ReportStatus.CLOSED : ReportStatus.IN_PROGRESS;
  await em.nativeUpdate(HotlineReport, { protectionCaseId: protectionCase.id }, { status: reportStatus });
  await appendCaseEvent(em, context.events, {
    ...event,
    audience: EventAudience.CASEWORK,
    caseId: protectionCase.id,
    area: protectionCase.area,
    riskLevel: protectionCase.riskLevel,
    actorId: context.actor.kind === 'STAFF' ? context.actor.staffAccountId : null,
  });
}
