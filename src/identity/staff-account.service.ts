import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import { type Page, type PageArgs, pageFromCursor, checkedEntityCursor } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { normaliseEmail, StaffAccount, type StaffAccountDetails } from './staff-account.entity';
import { STAFF_ACCOUNT_CHANGED, StaffAccountChange, type StaffAccountChangedEvent } from './staff-account.events';

export interface StaffAccountFilter {
  active?: boolean;
  role?: StaffRole;
}

/** Staff accounts: who may sign in, with which roles and scope. Changes are published as domain events. */
export class StaffAccountService {
  constructor(private readonly context: RequestContext) {}

  /** The caller's own account, fresh from the database. */
  async me(): Promise<StaffAccount> {
    const { actor, em } = this.context;
    if (actor.kind !== 'STAFF') throw new ForbiddenError('Only staff accounts have a profile.');
    return em.findOneOrFail(StaffAccount, actor.staffAccountId);
  }

  async findById(id: string): Promise<StaffAccount | null> {
    return this.context.em.findOne(StaffAccount, id);
  }

  async findByEmail(email: string): Promise<StaffAccount | null> {
    return this.context.em.findOne(StaffAccount, { email: normaliseEmail(email) });
  }

  async list(filter: StaffAccountFilter, page: PageArgs): Promise<Page<StaffAccount>> {
    const where: FilterQuery<StaffAccount> = {};
    if (filter.active !== undefined) where.active = filter.active;
    if (filter.role) where.roles = { $contains: [filter.role] };
    const cursor = await this.context.em.findByCursor(StaffAccount, where, {
      first: page.first,
      after: checkedEntityCursor(page.after),
      orderBy: { email: 'asc', id: 'asc' },
      includeCount: true,
    });
    return pageFromCursor(cursor);
  }

  async create(details: StaffAccountDetails): Promise<StaffAccount> {
    return this.context.em.transactional(async (em) => {
      const email = normaliseEmail(details.email);
      if (await em.count(StaffAccount, { email })) {
        throw new ConflictError(`A staff account with e-mail ${email} already exists.`, { field: 'email' });
      }
      const account = new StaffAccount(details);
      em.persist(account);
      await this.context.events.publish(em, STAFF_ACCOUNT_CHANGED, { staffAccountId: account.id, change: StaffAccountChange.CREATED });
      return account;
    });
  }

  async changeAccess(staffAccountId: string, access: Pick<StaffAccountDetails, 'roles' | 'area' | 'institutionId' | 'workerId'>): Promise<StaffAccount> {
    return this.committedChange(staffAccountId, async (em) => {
      const account = await em.findOne(StaffAccount, staffAccountId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) throw new NotFoundError('staff account', staffAccountId);
      account.changeAccess(access);
      await this.context.events.publish(em, STAFF_ACCOUNT_CHANGED, { staffAccountId, change: StaffAccountChange.ACCESS_CHANGED });
      return account;
    });
  }

  /** Switches an account off: refused on its next request, and its live feeds are closed. */
  async deactivate(staffAccountId: string, reason: string): Promise<StaffAccount> {
    const { actor } = this.context;
    if (actor.kind === 'STAFF' && actor.staffAccountId === staffAccountId) {
      throw new ConflictError('You cannot deactivate your own account; ask another administrator.');
    }
    return this.committedChange(staffAccountId, async (em) => {
      const account = await em.findOne(StaffAccount, staffAccountId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) throw new NotFoundError('staff account', staffAccountId);
      account.deactivate(reason, describeActor(actor));
      await this.context.events.publish(em, STAFF_ACCOUNT_CHANGED, { staffAccountId, change: StaffAccountChange.DEACTIVATED });
      return account;
    });
  }

  async reactivate(staffAccountId: string): Promise<StaffAccount> {
    return this.committedChange(staffAccountId, async (em) => {
      const account = await em.findOne(StaffAccount, staffAccountId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) throw new NotFoundError('staff account', staffAccountId);
      account.reactivate();
      await this.context.events.publish(em, STAFF_ACCOUNT_CHANGED, { staffAccountId, change: StaffAccountChange.REACTIVATED });
      return account;
    });
  }

  /**
   * A change to an account in one transaction; once it has committed, this process forgets the actors it
   * held for the account before answering (other processes forget them when the change's event arrives).
   */
  private async committedChange(staffAccountId: string, change: (em: EntityManager) => Promise<StaffAccount>): Promise<StaffAccount> {
    const account = await this.context.em.transactional(change);
    this.context.actors?.forgetAccount(staffAccountId);
    return account;
  }

  /** For a subscription event: the account as it is now, read outside the subscription's identity map. */
  async loadForEvent(event: StaffAccountChangedEvent): Promise<StaffAccount> {
    return this.context.em.fork().findOneOrFail(StaffAccount, event.staffAccountId);
  }
}

function describeActor(actor: Actor): string {
  switch (actor.kind) {
    case 'STAFF':
      return actor.staffAccountId;
    case 'SYSTEM':
      return `system:${actor.label}`;
    case 'PUBLIC':
      return 'public';
  }
}
