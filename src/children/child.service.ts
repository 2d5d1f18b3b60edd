import { LockMode, FlushMode } from '@mikro-orm/core';
import { Institution } from '../institutions/institution.entity';
import { Kecamatan, Kelurahan } from '../regions/region.entities';
import { StaffRole } from '../shared/auth/roles';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import { jakartaDate } from '../shared/jakarta-date';
import type { RequestContext } from '../shared/request-context';
import { Placement } from './child-links.entities';
import { childScope } from './child-scope';
import { Child } from './child.entity';
import { ConsentStatus } from './child.enums';
import type { RegisterChildInput, UpdateChildProfileInput } from './child.inputs';
import { ChildQueries } from './child.queries';
import { applyCustomFieldValues } from './custom-fields';
import { validateNik } from './nik';

export interface RegistrationOutcome {
  child: Child | null;
  possibleDuplicates: Child[];
}

/** Registering children and changing their profiles; every read and write stays within the caller's scope. */
export class ChildService {
  constructor(private readonly context: RequestContext) {}

  /** Whether the caller may see this child. */
  async findVisible(childId: string): Promise<Child | null> {
    const [child] = await new ChildQueries(this.context).findByIds([childId]);
    return child ?? null;
  }

  /** A child the caller may see, or NOT_FOUND (also for children outside the caller's scope). */
  async requireChild(childId: string): Promise<Child> {
    const [child] = await new ChildQueries(this.context).findByIds([childId]);
    if (!child) throw new NotFoundError('child', childId);
    return child;
  }

  /**
   * Registers a child, unless it closely matches children already registered (name, birth date, area)
   * and the caller has not confirmed it is another child: then the candidates come back instead.
   * Institution staff register children into their own institution (a placement starting today).
   */
  async register(input: RegisterChildInput): Promise<RegistrationOutcome> {
    const { actor } = this.context;
    const area = input.area ?? (actor.kind === 'STAFF' ? actor.area : null) ?? null;
    if (!input.confirmNotDuplicate) {
      const possibleDuplicates = await this.findProbableDuplicates(input.fullName, input.dateOfBirth ?? null, area);
      if (possibleDuplicates.length) return { child: null, possibleDuplicates };
    }
    const em = this.context.em;
    const child = em.create(Child, {
        fullName: input.fullName.trim(),
        sex: input.sex,
        legalBasis: input.legalBasis,
      registeredBy: actor.kind === 'STAFF' ? actor.staffAccountId : null,
    });
    await this.applyProfile(child, { ...input, area: area ?? undefined });
    if (actor.kind === 'STAFF' && actor.roles.includes(StaffRole.INSTITUTION_STAFF) && actor.institutionId) {
      const institution = await em.findOneOrFail(Institution, actor.institutionId);
      em.create(Placement, { child, institution, startedOn: todayInJakarta(), reason: 'Registered by the institution' });
    }
    // One flush, one transaction: the child and its placement are written together or not at all.
    await em.flush();
    return { child, possibleDuplicates: [] };
  }

  /** Applies changes if `expectedVersion` is still current; otherwise CONFLICT and nothing is written. */
  async updateProfile(input: UpdateChildProfileInput): Promise<Child> {
    const child = await this.requireChild(input.childId);
    // Refuses a stale version now; the UPDATE also checks it, for a change that lands in between.
    await this.context.em.lock(child, LockMode.OPTIMISTIC, input.expectedVersion);
    if (input.fullName !== undefined) child.fullName = input.fullName.trim();
    if (input.sex) child.sex = input.sex;
    if (input.legalBasis) child.legalBasis = input.legalBasis;
    if (input.recordStatus) child.recordStatus = input.recordStatus;
    await this.applyProfile(child, input);
    await this.context.em.flush();
    return child;
  }

  private async applyProfile(child: Child, input: Omit<UpdateChildProfileInput, 'childId' | 'expectedVersion'>): Promise<void> {
    if (input.nickname !== undefined) child.nickname = input.nickname?.trim() || null;
    if (input.dateOfBirth !== undefined) child.dateOfBirth = input.dateOfBirth;
    if (input.dateOfBirthEstimated !== undefined) child.dateOfBirthEstimated = input.dateOfBirthEstimated;
    if (input.nik !== undefined) await this.setNik(child, input.nik);
    if (input.area !== undefined) child.area = input.area;
    if (input.kecamatanCode !== undefined || input.kelurahanCode !== undefined) {
      await this.setLocation(child, input.kecamatanCode ?? child.kecamatanCode, input.kelurahanCode ?? child.kelurahanCode);
    }
    if (input.address !== undefined) child.address = input.address;
    if (input.careArrangement) child.careArrangement = input.careArrangement;
    if (input.programmes) child.programmes = [...new Set(input.programmes)];
    if (input.hasDisability !== undefined) child.hasDisability = input.hasDisability;
    if (input.disabilityDetail !== undefined) child.disabilityDetail = input.disabilityDetail;
    if (input.riskLevel) child.riskLevel = input.riskLevel;
    if (input.consentStatus && input.consentStatus !== child.consentStatus) {
      child.consentStatus = input.consentStatus;
      child.consentRecordedAt = input.consentStatus === ConsentStatus.NOT_ASKED ? null : new Date();
    }
    child.customFieldValues = await applyCustomFieldValues(this.context, child.customFieldValues, input.customFields ?? []);
  }

  private async setNik(child: Child, nik: string | null): Promise<void> {
    if (!nik) {
      child.nik = null;
      return;
    }
    validateNik(nik, child.dateOfBirthEstimated ? null : child.dateOfBirth);
    // FlushMode.COMMIT: a query on Child would otherwise flush the child being registered or edited first,
    // and the refusal below would leave it written (a child without its NIK, or half an update).
    const holder = await this.context.em.findOne(Child, { nik, id: { $ne: child.id } }, { fields: ['id'], flushMode: FlushMode.COMMIT });
    if (holder) throw new ConflictError('Another child is already registered with this NIK.', { field: 'nik' });
    child.nik = nik;
  }

  /** The kelurahan must lie in the kecamatan, and the kecamatan in the child's area. */
  private async setLocation(child: Child, kecamatanCode: string | null, kelurahanCode: string | null): Promise<void> {
    const em = this.context.em;
    if (kecamatanCode) {
      const kecamatan = await em.findOne(Kecamatan, kecamatanCode);
      if (!kecamatan) throw new BadUserInputError(`There is no kecamatan ${kecamatanCode} in DKI Jakarta.`, { field: 'kecamatanCode' });
      if (child.area && child.area !== kecamatan.area) {
        throw new BadUserInputError(`Kecamatan ${kecamatan.name} is not in ${child.area}.`, { field: 'kecamatanCode' });
      }
      child.area = kecamatan.area;
    }
    if (kelurahanCode) {
      const kelurahan = await em.findOne(Kelurahan, kelurahanCode);
      if (!kelurahan || kelurahan.kecamatan.code !== kecamatanCode) {
        throw new BadUserInputError(`Kelurahan ${kelurahanCode} is not in kecamatan ${kecamatanCode ?? '(none given)'}.`, { field: 'kelurahanCode' });
      }
    }
    child.kecamatanCode = kecamatanCode;
    child.kelurahanCode = kelurahanCode;
  }

  /**
   * Children in the caller's scope whose name is close (trigram similarity over unaccented names), in
   * the same area, and born the same day (or within a year when either date is an estimate).
   */
  private async findProbableDuplicates(fullName: string, dateOfBirth: string | null, area: string | null): Promise<Child[]> {
    if (this.context.actor.kind === 'PUBLIC') throw new ForbiddenError();
    const scope = childScope(this.context.actor, 'c');
    const query = this.context.em
      .createQueryBuilder(Child, 'c')
      .select('*')
      .where(scope.sql, scope.params)
      .andWhere('similarity(lindungi_unaccent(lower(c.full_name)), lindungi_unaccent(lower(?))) >= ?', [fullName, dateOfBirth ? 0.45 : 0.7])
      .limit(10);
    if (area) query.andWhere('c.area = ?', [area]);
    if (dateOfBirth) {
      query.andWhere(
        '(c.date_of_birth = ? or ((c.date_of_birth_estimated) and abs(c.date_of_birth - ?::date) <= 366))',
        [dateOfBirth, dateOfBirth],
      );
    }
    return query.getResultList();
  }
}

export function todayInJakarta(): string {
  return jakartaDate();
}
