import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { caseScope } from '../cases/case-scope';
import { ProtectionCase } from '../cases/protection-case.entity';
import { ChildQueries } from '../children/child.queries';
import { Child } from '../children/child.entity';
import { hasRole } from '../shared/auth/actor';
import { UUID } from '../shared/malformed-ids';
import { StaffRole } from '../shared/auth/roles';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from '../workers/worker.entity';
import { AvailabilityService } from './availability.service';
import { SupervisionFollowUp } from './follow-up.entity';
import { ownSessions, sessionReadScope } from './supervision-scope';
import { SupervisionBooking, SupervisionParticipant, SupervisionSession, SupervisionSessionCase, SupervisionSessionChild } from './supervision-session.entity';
import { SESSION_EVENT_WRITER_LOCK, SUPERVISION_SESSION_CHANGED, SupervisionSessionEvent } from './supervision-session.events';
import { SupervisionSessionChange, SupervisionSessionStatus } from './supervision.enums';
import type { RecordSessionOutcomeInput, RequestSupervisionSessionInput } from './supervision.inputs';

const LONGEST_SESSION_MS = 8 * 60 * 60 * 1000;

/** Supervision sessions: requested by a supervisor or companion, confirmed and run by the expert. */
export class SupervisionSessionService {
  constructor(private readonly context: RequestContext) {}

  /** The ids among `sessionIds` that the caller may read (`own`: only their own sessions). */
  async visibleIds(sessionIds: readonly string[], own = false): Promise<string[]> {
    const ids = sessionIds.filter((id) => UUID.test(id));
    if (!ids.length) return [];
    const scope = (own ? ownSessions : sessionReadScope)(this.context.actor, 's');
    const rows = await this.context.em.execute<Array<{ id: string }>>(
      `select s.id from supervision_session s where s.id in (${ids.map(() => '?').join(', ')}) and ${scope.sql}`,
      [...ids, ...scope.params],
    );
    return rows.map((row) => row.id);
  }

  /** The ids among `caseIds` of protection cases the caller may see (the case domain's scope). */
  async visibleCaseIds(caseIds: readonly string[]): Promise<string[]> {
    const ids = caseIds.filter((id) => UUID.test(id));
    if (!ids.length) return [];
    const scope = caseScope(this.context.actor, 'pc');
    const rows = await this.context.em.execute<Array<{ id: string }>>(
      `select pc.id from protection_case pc where pc.id in (${ids.map(() => '?').join(', ')}) and ${scope.sql}`,
      [...ids, ...scope.params],
    );
    return rows.map((row) => row.id);
  }

  async findVisible(sessionId: string): Promise<SupervisionSession | null> {
    return (await this.visibleIds([sessionId])).length ? this.context.em.findOne(SupervisionSession, sessionId) : null;
  }

  /**
   * Requests a session inside one of the expert's availability slots. The expert and every worker taking
   * part are booked for its time; the database refuses an overlapping booking (CONFLICT), also when two
   * requests race for one slot.
   */
  async request(input: RequestSupervisionSessionInput): Promise<SupervisionSession> {
    const { actor } = this.context;
    if (actor.kind !== 'STAFF') throw new ForbiddenError();
    const em = this.context.em;
    const expert = await em.findOne(Worker, { id: input.expertId, kind: WorkerKind.EXPERT_ADVISOR });
    if (!expert) throw new NotFoundError('expert', input.expertId);
    if (!(input.endsAt.getTime() > input.startsAt.getTime())) throw new BadUserInputError('endsAt must be after startsAt.', { field: 'endsAt' });
    if (input.endsAt.getTime() - input.startsAt.getTime() > LONGEST_SESSION_MS) throw new BadUserInputError('A session lasts at most 8 hours.', { field: 'endsAt' });
    if (input.startsAt.getTime() <= Date.now()) throw new BadUserInputError('A session is requested for a time still to come.', { field: 'startsAt' });
    if (!input.place?.trim() && !input.onlineLink) throw new BadUserInputError('Give a place, an online link or both.', { field: 'place' });
    await new AvailabilityService(this.context).requireSlot(expert, input.startsAt, input.endsAt);

    const workerIds = new Set(input.participantWorkerIds);
    if (!hasRole(actor, StaffRole.SUPERVISOR) && actor.workerId) workerIds.add(actor.workerId); // a companion requests for themself
    workerIds.delete(expert.id);
    const workers = workerIds.size ? await em.find(Worker, { id: { $in: [...workerIds] } }) : [];
    const missing = [...workerIds].find((id) => !workers.some((worker) => worker.id === id));
    if (missing) throw new NotFoundError('worker', missing);
    if (!workers.length && !input.communityMembers.length) throw new BadUserInputError('Name at least one participant.', { field: 'participantWorkerIds' });

    const childIds = [...new Set(input.children.map((child) => child.childId))];
    const visible = await new ChildQueries(this.context).findByIds(childIds);
    const hidden = childIds.find((id) => !visible.some((child) => child.id === id));
    if (hidden) throw new NotFoundError('child', hidden);

    const caseIds = [...new Set(input.protectionCaseIds)];
    const visibleCases = await this.visibleCaseIds(caseIds);
    const hiddenCase = caseIds.find((id) => !visibleCases.includes(id));
    if (hiddenCase) throw new NotFoundError('protection case', hiddenCase);

    return em.transactional(async (tx) => {
      const session = tx.create(SupervisionSession, {
        expert,
        kind: input.kind,
        topic: input.topic.trim(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place?.trim() || null,
        onlineLink: input.onlineLink ?? null,
        area: actor.area ?? expert.area,
        requestedBy: actor.staffAccountId,
      });
      for (const worker of workers) tx.create(SupervisionParticipant, { session, worker });
      for (const member of input.communityMembers) tx.create(SupervisionParticipant, { session, communityName: member.name.trim(), communityContact: member.contact.trim() });
      for (const child of input.children) {
        if (childIds.includes(child.childId)) {
          tx.create(SupervisionSessionChild, { session, child: tx.getReference(Child, child.childId), sharedWithExpert: child.shareWithExpert });
          childIds.splice(childIds.indexOf(child.childId), 1);
        }
      }
      for (const caseId of caseIds) tx.create(SupervisionSessionCase, { session, protectionCase: tx.getReference(ProtectionCase, caseId) });
      // Always in id order, so two requests sharing people wait on each other instead of deadlocking.
      for (const personId of [expert.id, ...workers.map((worker) => worker.id)].sort()) {
        tx.create(SupervisionBooking, { session, personId, startsAt: input.startsAt, endsAt: input.endsAt });
      }
      await tx.flush(); // the exclusion constraint refuses an overlapping booking here (23P01, CONFLICT)
      await this.recordChange(tx, session, SupervisionSessionChange.REQUESTED);
      return session;
    });
  }

  /** The expert confirms a proposed session. */
  confirm(sessionId: string): Promise<SupervisionSession> {
    return this.changeAsExpert(sessionId, SupervisionSessionChange.CONFIRMED, (session) => session.moveTo(SupervisionSessionStatus.CONFIRMED));
  }

  /** The expert records that nobody came. */
  markNoShow(sessionId: string): Promise<SupervisionSession> {
    return this.changeAsExpert(sessionId, SupervisionSessionChange.NO_SHOW, (session) => {
      requireStarted(session);
      session.moveTo(SupervisionSessionStatus.NO_SHOW);
    });
  }

  /** Cancels a session (its expert, a participant, its requester or a supervisor who may read it); its time is free again. */
  async cancel(sessionId: string, reason: string): Promise<SupervisionSession> {
    const text = reason.trim();
    if (!text) throw new BadUserInputError('Say why the session is cancelled.', { field: 'reason' });
    if (text.length > 2000) throw new BadUserInputError('reason is at most 2000 characters.', { field: 'reason' });
    if (!(await this.visibleIds([sessionId])).length) throw new NotFoundError('supervision session', sessionId);
    return this.context.em.transactional(async (em) => {
      const session = await em.findOneOrFail(SupervisionSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      session.moveTo(SupervisionSessionStatus.CANCELLED);
      session.cancellationReason = text;
      await em.flush();
      await em.nativeUpdate(SupervisionBooking, { session }, { active: false });
      await this.recordChange(em, session, SupervisionSessionChange.CANCELLED);
      return session;
    });
  }

  /** After the session: attendance, notes, and recommendations that become follow-up tasks. */
  async recordOutcome(input: RecordSessionOutcomeInput): Promise<SupervisionSession> {
    return this.changeAsExpert(input.sessionId, SupervisionSessionChange.HELD, async (session, em) => {
      requireStarted(session);
      session.moveTo(SupervisionSessionStatus.HELD);
      session.notes = input.notes.trim();
      const participants = await em.find(SupervisionParticipant, { session });
      for (const mark of input.attendance) {
        const participant = participants.find((candidate) => candidate.id === mark.participantId);
        if (!participant) throw new BadUserInputError(`${mark.participantId} is not a participant of this session.`, { field: 'attendance' });
        participant.attended = mark.attended;
      }
      const discussed = await em.find(SupervisionSessionChild, { session });
      const ownerIds = [...new Set(input.followUps.map((followUp) => followUp.ownerWorkerId))];
      const owners = ownerIds.length ? await em.find(Worker, { id: { $in: ownerIds } }) : [];
      for (const followUp of input.followUps) {
        const owner = owners.find((worker) => worker.id === followUp.ownerWorkerId);
        if (!owner) throw new NotFoundError('worker', followUp.ownerWorkerId);
        if (followUp.childId && !discussed.some((entry) => entry.child.id === followUp.childId)) {
          throw new BadUserInputError('A follow-up can only be about a child discussed in the session.', { field: 'followUps.childId' });
        }
        em.create(SupervisionFollowUp, {
          session,
          recommendation: followUp.recommendation.trim(),
          owner,
          dueOn: followUp.dueOn,
          child: followUp.childId ? em.getReference(Child, followUp.childId) : null,
        });
      }
    });
  }

  /** Locks the session for a change that only its expert may make, and records the change for the feed. */
  private async changeAsExpert(
    sessionId: string,
    change: SupervisionSessionChange,
    apply: (session: SupervisionSession, em: EntityManager) => void | Promise<void>,
  ): Promise<SupervisionSession> {
    const { actor } = this.context;
    if (!(await this.visibleIds([sessionId])).length) throw new NotFoundError('supervision session', sessionId);
    return this.context.em.transactional(async (em) => {
      const session = await em.findOneOrFail(SupervisionSession, sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (actor.kind !== 'STAFF' || actor.workerId !== session.expert.id) throw new ForbiddenError('Only the expert of the session does this.');
      await apply(session, em);
      await em.flush();
      await this.recordChange(em, session, change);
      return session;
    });
  }

  /** Writes the feed's event row in commit order and announces it once the transaction commits. */
  private async recordChange(em: EntityManager, session: SupervisionSession, change: SupervisionSessionChange): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(?)', [SESSION_EVENT_WRITER_LOCK]);
    const event = em.create(SupervisionSessionEvent, { sessionId: session.id, change, actorId: this.staffId() });
    await em.flush();
    await this.context.events.publish(em, SUPERVISION_SESSION_CHANGED, { sequence: String(event.sequence) });
  }

  private staffId(): string | null {
    return this.context.actor.kind === 'STAFF' ? this.context.actor.staffAccountId : null;
  }
}

/** Outcomes (held, no-show) are recorded after the session has started, never ahead of it. */
function requireStarted(session: SupervisionSession): void {
  if (session.startsAt.getTime() > Date.now()) {
    throw new ConflictError(`The session starts at ${session.startsAt.toISOString()}; record its outcome once it has started.`, { field: 'sessionId' });
  }
}
