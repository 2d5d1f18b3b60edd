import type { FilterQuery } from '@mikro-orm/core';
import { Kecamatan } from '../regions/region.entities';
import { JakartaArea } from '../shared/auth/roles';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors/domain-error';
import { type Page, type PageArgs, pageFromCursor, checkedEntityCursor } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { Institution } from './institution.entity';
import type { InstitutionType } from './institution.enums';
import type { RegisterInstitutionInput, UpdateInstitutionInput } from './institution.inputs';

export interface InstitutionFilter {
  area?: JakartaArea;
  type?: InstitutionType;
  isReportingPoint?: boolean;
}

export class InstitutionService {
  constructor(private readonly context: RequestContext) {}

  findById(id: string): Promise<Institution | null> {
    return this.context.em.findOne(Institution, id);
  }

  async register(input: RegisterInstitutionInput): Promise<Institution> {
    if (input.kecamatanCode) {
      const kecamatan = await this.context.em.findOne(Kecamatan, input.kecamatanCode);
      if (!kecamatan || kecamatan.area !== input.area) {
        throw new BadUserInputError(`kecamatanCode ${input.kecamatanCode} is not a kecamatan of ${input.area}.`, { field: 'kecamatanCode' });
      }
    }
    const institution = new Institution(input);
    await this.context.em.persistAndFlush(institution);
    return institution;
  }

  /** Changes an institution's details; its capacity may not drop below the children placed there now. */
  async update(input: UpdateInstitutionInput): Promise<Institution> {
    const institution = await this.context.em.findOne(Institution, input.institutionId);
    if (!institution) throw new NotFoundError('institution', input.institutionId);
    if (input.capacity !== undefined) {
      const placedNow = await this.placedNow(institution.id);
      if (input.capacity < placedNow) {
        throw new ConflictError(`${placedNow} children are placed in ${institution.name} now: the capacity cannot be lower.`, { field: 'capacity' });
      }
      institution.capacity = input.capacity;
    }
    if (input.name !== undefined) institution.name = input.name.trim();
    if (input.address !== undefined) institution.address = input.address;
    if (input.phone !== undefined) institution.phone = input.phone;
    if (input.licenceNumber !== undefined) institution.licenceNumber = input.licenceNumber;
    if (input.licenceValidUntil !== undefined) institution.licenceValidUntil = input.licenceValidUntil;
    if (input.accreditation !== undefined) institution.accreditation = input.accreditation;
    if (input.isReportingPoint !== undefined) institution.isReportingPoint = input.isReportingPoint;
    await this.context.em.flush();
    return institution;
  }

  /** How many children are placed in the institution now, whoever may see them. */
  async placedNow(institutionId: string): Promise<number> {
    const [row] = await this.context.em
      .getConnection()
      .execute<Array<{ count: string }>>('select count(*) as count from placement where institution_id = ? and ended_on is null', [institutionId]);
    return Number(row.count);
  }

  async list(filter: InstitutionFilter, page: PageArgs): Promise<Page<Institution>> {
    const where: FilterQuery<Institution> = {};
    if (filter.area) where.area = filter.area;
    if (filter.type) where.type = filter.type;
    if (filter.isReportingPoint !== undefined) where.isReportingPoint = filter.isReportingPoint;
    const cursor = await this.context.em.findByCursor(Institution, where, {
      first: page.first,
      after: checkedEntityCursor(page.after),
      orderBy: { name: 'asc', id: 'asc' },
      includeCount: true,
    });
    return pageFromCursor(cursor);
  }
}
