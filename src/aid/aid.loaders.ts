import type DataLoader from 'dataloader';
import { groupByKeys, pickByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { AidGrant, AidGrantTransition } from './aid-grant.entity';
import { AidProgramme, ProgrammeYear } from './aid-programme.entity';
import { AidGrantService } from './aid-grant.service';
import { LedgerEntry } from './ledger-entry.entity';

/** The aid domain's DataLoaders for one request: one statement per kind of record, whatever the nesting. */
export class AidLoaders {
  constructor(private readonly context: RequestContext) {}

  /** Grants the caller may read; null for the others, as if they did not exist. */
  get grantById(): DataLoader<string, AidGrant | null> {
    return this.context.loaders.get('aid-grant-by-id', async (ids: readonly string[]) => {
      const visible = await new AidGrantService(this.context).visibleIds(ids, false);
      const grants = visible.length ? await this.context.em.find(AidGrant, { id: { $in: visible } }) : [];
      return pickByKeys(ids, grants, (grant) => grant.id);
    });
  }

  get programmeYearById(): DataLoader<string, ProgrammeYear | null> {
    return this.context.loaders.get('programme-year-by-id', async (ids: readonly string[]) =>
      pickByKeys(ids, await this.context.em.find(ProgrammeYear, { id: { $in: [...ids] } }), (year) => year.id),
    );
  }

  get programmeByCode(): DataLoader<string, AidProgramme | null> {
    return this.context.loaders.get('aid-programme-by-code', async (codes: readonly string[]) =>
      pickByKeys(codes, await this.context.em.find(AidProgramme, { code: { $in: [...codes] as AidProgramme['code'][] } }), (programme) => programme.code as string),
    );
  }

  get yearsOfProgramme(): DataLoader<string, ProgrammeYear[]> {
    return this.context.loaders.get('programme-years', async (codes: readonly string[]) => {
      const years = await this.context.em.find(ProgrammeYear, { programme: { code: { $in: [...codes] as AidProgramme['code'][] } } }, { orderBy: { year: 'asc' } });
      return groupByKeys(codes, years, (year) => year.programme.code as string);
    });
  }

  get historyOfGrant(): DataLoader<string, AidGrantTransition[]> {
    return this.context.loaders.get('aid-grant-history', async (grantIds: readonly string[]) => {
      const rows = await this.context.em.find(AidGrantTransition, { grant: { $in: [...grantIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupByKeys(grantIds, rows, (row) => row.grant.id);
    });
  }

  get ledgerOfGrant(): DataLoader<string, LedgerEntry[]> {
    return this.context.loaders.get('aid-grant-ledger', async (grantIds: readonly string[]) => {
      const rows = await this.context.em.find(LedgerEntry, { grant: { $in: [...grantIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupByKeys(grantIds, rows, (row) => row.grant.id);
    });
  }
}
