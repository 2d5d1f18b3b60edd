import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { InstitutionService } from '../institutions/institution.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './child-needs.entities';
import type { Child } from './child.entity';
import type {
  AssignCompanionInput,
  LinkGuardianInput,
  PlaceChildInput,
  RecordChildNeedInput,
  RecordDevelopmentAssessmentInput,
  RecordMeasurementInput,
} from './child.inputs';
import { ChildService, todayInJakarta } from './child.service';
import { guardianVisible } from './guardian-visibility';

/**
 * The records around a child: guardians, placements, the companion's assignment, needs, measurements and
 * development assessments. Handovers end the previous record instead of overwriting it.
 */
export class ChildCareService {
  private readonly children: ChildService;

  constructor(private readonly context: RequestContext) {
    this.children = new ChildService(context);
  }

  private staffId(): string | null {
    return this.context.actor.kind === 'STAFF' ? this.context.actor.staffAccountId : null;
  }

  async linkGuardian(input: LinkGuardianInput): Promise<ChildGuardian> {
    const em = this.context.em;
    const child = await this.children.requireChild(input.childId);
    let guardian: Guardian;
    if (input.guardianId) {
      // An existing guardian is found only through a child the caller may already see.
      const found = (await guardianVisible(this.context, input.guardianId)) ? await em.findOne(Guardian, input.guardianId) : null;
      if (!found) throw new NotFoundError('guardian', input.guardianId);
      guardian = found;
    } else if (input.fullName) {
      guardian = new Guardian({ fullName: input.fullName, phone: input.phone, address: input.address });
      em.persist(guardian);
    } else {
      throw new BadUserInputError('Give either guardianId (an existing guardian) or fullName (a new one).', { field: 'guardianId' });
    }
    if (await em.count(ChildGuardian, { child, guardian })) {
      throw new ConflictError('This guardian is already linked to this child.', { field: 'guardianId' });
    }
    const link = em.create(ChildGuardian, { child, guardian, relationship: input.relationship, isCaregiver: input.isCaregiver });
    await em.flush();
    return link;
  }

  /** Ends the child's current placement (if any) on the new one's start date and starts the new one. */
  async placeInInstitution(input: PlaceChildInput): Promise<Placement> {
    const em = this.context.em;
    const child = await this.children.requireChild(input.childId);
    const institution = await em.findOne(Institution, input.institutionId);
    if (!institution) throw new NotFoundError('institution', input.institutionId);
    const placedNow = await new InstitutionService(this.context).placedNow(institution.id);
    if (placedNow >= institution.capacity) {
      throw new ConflictError(`${institution.name} is full (${placedNow} of ${institution.capacity} places taken).`, { field: 'institutionId' });
    }
    const current = await em.findOne(Placement, { child, endedOn: null });
    if (current) {
      if (current.institution.id === institution.id) throw new ConflictError(`The child is already placed in ${institution.name}.`);
      if (current.startedOn > input.startedOn) throw new BadUserInputError('startedOn is before the current placement began.', { field: 'startedOn' });
      current.endedOn = input.startedOn;
    }
    const placement = em.create(Placement, { child, institution, startedOn: input.startedOn, reason: input.reason ?? null });
    await em.flush();
    return placement;
  }

  /** Hands the child to a companion; the previous assignment ends with the handover reason. */
  async assignCompanion(input: AssignCompanionInput): Promise<CompanionAssignment> {
    const em = this.context.em;
    const child = await this.children.requireChild(input.childId);
    const companion = await em.findOne(Worker, input.companionId);
    if (!companion) throw new NotFoundError('worker', input.companionId);
    if (companion.kind !== WorkerKind.COMPANION) throw new BadUserInputError(`${companion.fullName} is not a companion (pendamping).`, { field: 'companionId' });
    const current = await em.findOne(CompanionAssignment, { child, endedOn: null });
    if (current) {
      if (current.companion.id === companion.id) throw new ConflictError(`${companion.fullName} is already this child's companion.`);
      if (current.startedOn > input.startedOn) throw new BadUserInputError('startedOn is before the current assignment began.', { field: 'startedOn' });
      current.endedOn = input.startedOn;
      current.endReason = input.handoverReason ?? 'Reassigned';
    }
    const assignment = em.create(CompanionAssignment, { child, companion, startedOn: input.startedOn, assignedBy: this.staffId() });
    await em.flush();
    return assignment;
  }

  async recordNeed(input: RecordChildNeedInput): Promise<ChildNeed> {
    const em = this.context.em;
    const child = await this.children.requireChild(input.childId);
    const need = input.needId ? await em.findOne(ChildNeed, { id: input.needId, child }) : em.create(ChildNeed, { child, kind: input.kind });
    if (!need) throw new NotFoundError('need', input.needId ?? '');
    if (need.kind !== input.kind) throw new BadUserInputError('A need keeps its kind; record a new need instead.', { field: 'kind' });
    if (input.status) need.status = input.status;
    if (input.description !== undefined) need.description = input.description;
    if (input.dueDate !== undefined) need.dueDate = input.dueDate;
    if (input.evidenceNote !== undefined) need.evidenceNote = input.evidenceNote;
    if (input.schoolLevel !== undefined) need.schoolLevel = input.schoolLevel;
    if (input.enrolled !== undefined) need.enrolled = input.enrolled;
    await em.flush();
    return need;
  }

  async recordMeasurement(input: RecordMeasurementInput): Promise<Measurement> {
    if (input.weightKg === undefined && input.heightCm === undefined) {
      throw new BadUserInputError('Give weightKg, heightCm or both.', { field: 'weightKg' });
    }
    notInFuture(input.measuredOn, 'measuredOn');
    const child = await this.children.requireChild(input.childId);
    const measurement = this.context.em.create(Measurement, {
      child,
      measuredOn: input.measuredOn,
      weightKg: input.weightKg ?? null,
      heightCm: input.heightCm ?? null,
    });
    await this.context.em.flush();
    return measurement;
  }

  async recordAssessment(input: RecordDevelopmentAssessmentInput): Promise<DevelopmentAssessment> {
    const domains = input.scores.map((score) => score.domain);
    if (domains.length === 0) throw new BadUserInputError('Score at least one domain.', { field: 'scores' });
    if (new Set(domains).size !== domains.length) throw new BadUserInputError('Score each domain once.', { field: 'scores' });
    notInFuture(input.assessedOn, 'assessedOn');
    const child: Child = await this.children.requireChild(input.childId);
    const assessment = this.context.em.create(DevelopmentAssessment, {
      child,
      assessedOn: input.assessedOn,
      scores: input.scores.map(({ domain, score }) => ({ domain, score })),
      note: input.note ?? null,
      assessedBy: this.staffId(),
    });
    await this.context.em.flush();
    return assessment;
  }
}

function notInFuture(date: string, field: string): void {
  if (date > todayInJakarta()) throw new BadUserInputError(`${field} cannot be in the future.`, { field });
}
