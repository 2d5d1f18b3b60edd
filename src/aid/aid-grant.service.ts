import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildService, todayInJakarta } from '../children/child.service';
import type { PksaProgramme } from '../children/child.enums';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { AidGrantStatus, SuspensionReason } from './aid.enums';
import { FourEyesError } from './aid.errors';
import { AidGrant } from './aid-grant.entity';
import { AidProgramme, ProgrammeYear } from './aid-programme.entity';
import { grantChangeScope, grantReadScope } from './aid-scope';
import { UUID } from '../shared/malformed-ids';
import { checkEligibility } from './eligibility';
import { recordTransition } from './grant-transitions';

export interface ProposeAidGrant {
  childId: string;
  programme: PksaProgramme;
  year: number;
  beneficiaryId: string | null;
  specialProtectionReason: string | null;
}

/** Aid grants: proposal with eligibility, four-eyes approval, suspension, reinstatement, termination. */
export class AidGrantService {
  constructor(private readonly context: RequestContext) {}

  /** A grant the caller may read, or null (also for one outside their scope). */
  async findVisible(grantId: string): Promise<AidGrant | null> {
    return (await this.visibleIds([grantId], false)).length ? this.context.em.findOne(AidGrant, grantId) : null;
  }

  /** The child's grants, newest first; the child must be in the caller's scope. */
  async forChild(childId: string): Promise<AidGrant[]> {
    const child = await new ChildService(this.context).requireChild(childId);
    return this.context.em.find(AidGrant, { child }, { orderBy: { createdAt: 'desc' } });
  }

  /** The ids among `grantIds` that the caller may read (or change). */
  async visibleIds(grantIds: readonly string[], forChange: boolean): Promise<string[]> {
    const ids = grantIds.filter((id) => UUID.test(id));
    if (!ids.length) return [];
    const scope = (forChange ? grantChangeScope : grantReadScope)(this.context.actor, 'g.child_id');
    const rows = await this.context.em.execute<Array<{ id: string }>>(`select g.id from aid_grant g where g.id in (${ids.map(() => '?').join(', ')}) and ${scope.sql}`, [
      ...ids,
      ...scope.params,
    ], 'all', { ...this.context.em.getLoggerContext() });
    return rows.map((row) => row.id);
  }

  async propose(input: ProposeAidGrant): Promise<AidGrant> {
    const em = this.context.em;
    const child = await new ChildService(this.context).requireChild(input.childId);
    const programme = await em.findOneOrFail(AidProgramme, { code: input.programme });
    const programmeYear = await em.findOne(ProgrammeYear, { programme, year: input.year });
    if (!programmeYear) {
      throw new BadUserInputError(`${input.programme} has no programme year ${input.year}; an administrator opens it with openProgrammeYear.`, { field: 'year' });
    }
    const active = await em.findOne(AidGrant, { child, programmeYear, status: { $ne: AidGrantStatus.TERMINATED } });
    if (active) throw new ConflictError(`The child already has a ${active.status} grant for ${input.programme} ${input.year}.`, { field: 'childId', grantId: active.id });
    const eligibility = await checkEligibility(em, {
      child,
      programme: input.programme,
      beneficiaryKind: programme.secondShareBeneficiary,
      beneficiaryId: input.beneficiaryId,
      specialProtectionReason: input.specialProtectionReason,
      today: todayInJakarta(),
    });
    const grant = em.create(AidGrant, {
      child,
      programmeYear,
      beneficiaryKind: programme.secondShareBeneficiary,
      beneficiaryId: eligibility.beneficiaryId,
      area: child.area,
      eligibilityNote: eligibility.note,
      proposedBy: this.requireStaffId(),
    });
    recordTransition(em, grant, null, { detail: eligibility.note, actorId: this.staffId() });
    // The partial unique index refuses a second active grant even if two proposals race past the check.
    await em.flush();
    return grant;
  }

  async approve(grantId: string): Promise<AidGrant> {
    return this.change(grantId, (em, grant) => {
      if (grant.proposedBy === this.staffId()) throw new FourEyesError();
      const from = grant.moveTo(AidGrantStatus.APPROVED);
      grant.approvedBy = this.staffId();
      recordTransition(em, grant, from, { actorId: this.staffId() });
    });
  }

  async suspend(grantId: string, reason: SuspensionReason, detail: string): Promise<AidGrant> {
    const text = requireText(detail, 'detail', 'Say why the grant is suspended.');
    return this.change(grantId, (em, grant) => {
      const from = grant.suspend(reason, text);
      recordTransition(em, grant, from, { reasonCategory: reason, detail: text, actorId: this.staffId() });
    });
  }

  async reinstate(grantId: string, detail: string): Promise<AidGrant> {
    const text = requireText(detail, 'detail', 'Say why the grant is reinstated.');
    return this.change(grantId, (em, grant) => {
      const lifted = grant.suspensionReason;
      const from = grant.moveTo(AidGrantStatus.REINSTATED);
      recordTransition(em, grant, from, { reasonCategory: lifted, detail: text, actorId: this.staffId() });
    });
  }

  async terminate(grantId: string, detail: string): Promise<AidGrant> {
    const text = requireText(detail, 'detail', 'Say why the grant is terminated.');
    return this.change(grantId, (em, grant) => {
      const from = grant.moveTo(AidGrantStatus.TERMINATED);
      recordTransition(em, grant, from, { detail: text, actorId: this.staffId() });
    });
  }

  /** The six programmes, by code. */
  programmes(): Promise<AidProgramme[]> {
    return this.context.em.find(AidProgramme, {}, { orderBy: { code: 'asc' } });
  }

  /** Opens a programme year with its amounts (ADMIN): amounts are data, not code. */
  async setReportingPeriod(code: PksaProgramme, months: number): Promise<AidProgramme> {
    if (![1, 2, 3, 4, 6, 12].includes(months)) throw new BadUserInputError('months must be 1, 2, 3, 4, 6 or 12, so periods follow the calendar year.', { field: 'months' });
    const programme = await this.context.em.findOneOrFail(AidProgramme, { code });
    programme.reportingPeriodMonths = months;
    await this.context.em.flush();
    return programme;
  }

  async openProgrammeYear(code: PksaProgramme, year: number, childShareAmount: string, secondShareAmount: string): Promise<ProgrammeYear> {
    const em = this.context.em;
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError('year must be 2000 to 2100.', { field: 'year' });
    for (const [field, amount] of [['childShareAmount', childShareAmount], ['secondShareAmount', secondShareAmount]] as const) {
      if (BigInt(amount) <= 0n) throw new BadUserInputError(`${field} must be a positive whole number of rupiah.`, { field });
    }
    const programme = await em.findOneOrFail(AidProgramme, { code });
    if (await em.findOne(ProgrammeYear, { programme, year })) throw new ConflictError(`${code} ${year} is already open; its amounts do not change.`, { field: 'year' });
    const programmeYear = em.create(ProgrammeYear, { programme, year, childShareAmount, secondShareAmount, openedBy: this.staffId() });
    await em.flush();
    return programmeYear;
  }

  /** Locks the grant (in the caller's change scope) for one transition, written with its history in one transaction. */
  private async change(grantId: string, apply: (em: EntityManager, grant: AidGrant) => void): Promise<AidGrant> {
    if (!(await this.visibleIds([grantId], true)).length) throw new NotFoundError('aid grant', grantId);
    return this.context.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(AidGrant, grantId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      apply(em, locked);
      return locked;
    });
  }

  private staffId(): string | null {
    return this.context.actor.kind === 'STAFF' ? this.context.actor.staffAccountId : null;
  }

  private requireStaffId(): string {
    const id = this.staffId();
    if (!id) throw new BadUserInputError('Only a staff account can do this.');
    return id;
  }
}

export function requireText(value: string, field: string, message: string): string {
  const text = value.trim();
  if (!text) throw new BadUserInputError(message, { field });
  if (text.length > 2000) throw new BadUserInputError(`${field} is at most 2000 characters.`, { field });
  return text;
}
