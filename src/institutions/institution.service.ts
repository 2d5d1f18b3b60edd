import type { FilterQuery } from '@mikro-orm/core';
import { Kecamatan } from '../regions/region.entities';
import { JakartaArea } from '../shared/auth/roles';
import { BadUserInputError } from '../shared/errors/domain-error';
import { type Page, type PageArgs, pageOf } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { Institution } from './institution.entity';
import type { InstitutionType } from './institution.enums';
import type { RegisterInstitutionInput } from './institution.inputs';

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

  async list(filter: InstitutionFilter, page: PageArgs): Promise<Page<Institution>> {
    const where: FilterQuery<Institution> = {};
    if (filter.area) where.area = filter.area;
    if (filter.type) where.type = filter.type;
    if (filter.isReportingPoint !== undefined) where.isReportingPoint = filter.isReportingPoint;
    const cursor = await this.context.em.findByCursor(Institution, where, {
      first: page.first,
      after: page.after,
      orderBy: { name: 'asc', id: 'asc' },
      includeCount: true,
    });
    return pageOf(cursor.items.map((node) => ({ node, cursor: cursor.from(node) })), cursor.hasNextPage, cursor.totalCount);
  }
}
