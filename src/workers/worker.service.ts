import type { FilterQuery } from '@mikro-orm/core';
import { Institution } from '../institutions/institution.entity';
import type { JakartaArea } from '../shared/auth/roles';
import { BadUserInputError, NotFoundError } from '../shared/errors/domain-error';
import { type Page, type PageArgs, pageFromCursor, checkedEntityCursor } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from './worker.entity';

export interface WorkerFilter {
  kind?: WorkerKind;
  area?: JakartaArea;
  institutionId?: string;
  onDuty?: boolean;
}

export interface WorkerRegistration {
  fullName: string;
  kind: WorkerKind;
  area?: JakartaArea;
  institutionId?: string;
  phone?: string;
}

export class WorkerService {
  constructor(private readonly context: RequestContext) {}

  findById(id: string): Promise<Worker | null> {
    return this.context.em.findOne(Worker, id);
  }

  /** A worker starts or ends their shift; only for their own worker record. */
  async setMyDutyStatus(onDuty: boolean): Promise<Worker> {
    const { actor, em } = this.context;
    const workerId = actor.kind === 'STAFF' ? actor.workerId : null;
    if (!workerId) throw new BadUserInputError('Your staff account is not linked to a worker record; ask an administrator.', { field: 'onDuty' });
    const worker = await em.findOne(Worker, workerId);
    if (!worker) throw new NotFoundError('worker', workerId);
    worker.onDuty = onDuty;
    await em.flush();
    return worker;
  }

  async register(input: WorkerRegistration): Promise<Worker> {
    const em = this.context.em;
    let institution: Institution | null = null;
    if (input.institutionId) {
      institution = await em.findOne(Institution, input.institutionId);
      if (!institution) throw new NotFoundError('institution', input.institutionId);
    } else if (input.kind === WorkerKind.INSTITUTION_STAFF) {
      throw new BadUserInputError('Institution staff must name their institution.', { field: 'institutionId' });
    }
    const worker = new Worker({ ...input, area: input.area ?? institution?.area ?? null, institution });
    await em.persistAndFlush(worker);
    return worker;
  }

  async list(filter: WorkerFilter, page: PageArgs): Promise<Page<Worker>> {
    const where: FilterQuery<Worker> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.area) where.area = filter.area;
    if (filter.institutionId) where.institution = filter.institutionId;
    if (filter.onDuty !== undefined) where.onDuty = filter.onDuty;
    const cursor = await this.context.em.findByCursor(Worker, where, {
      first: page.first,
      after: checkedEntityCursor(page.after),
      orderBy: { fullName: 'asc', id: 'asc' },
      includeCount: true,
    });
    return pageFromCursor(cursor);
  }
}
