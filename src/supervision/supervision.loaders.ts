import type DataLoader from 'dataloader';
import { ProtectionCase } from '../cases/protection-case.entity';
import { groupByKeys, pickByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { SupervisionFollowUp } from './follow-up.entity';
import { SupervisionParticipant, SupervisionSession, SupervisionSessionCase, SupervisionSessionChild } from './supervision-session.entity';
import { SupervisionSessionService } from './supervision-session.service';

/** The supervision domain's DataLoaders for one request: one statement per kind of record, whatever the nesting. */
export class SupervisionLoaders {
  constructor(private readonly context: RequestContext) {}

  /** Sessions the caller may read; null for the others, as if they did not exist. */
  get sessionById(): DataLoader<string, SupervisionSession | null> {
    return this.context.loaders.get('supervision-session-by-id', async (ids: readonly string[]) => {
      const visible = await new SupervisionSessionService(this.context).visibleIds(ids);
      const sessions = visible.length ? await this.context.em.find(SupervisionSession, { id: { $in: visible } }) : [];
      return pickByKeys(ids, sessions, (session) => session.id);
    });
  }

  get participantsOfSession(): DataLoader<string, SupervisionParticipant[]> {
    return this.context.loaders.get('supervision-participants', async (sessionIds: readonly string[]) => {
      const rows = await this.context.em.find(SupervisionParticipant, { session: { $in: [...sessionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupByKeys(sessionIds, rows, (row) => row.session.id);
    });
  }

  get childrenOfSession(): DataLoader<string, SupervisionSessionChild[]> {
    return this.context.loaders.get('supervision-session-children', async (sessionIds: readonly string[]) => {
      const rows = await this.context.em.find(SupervisionSessionChild, { session: { $in: [...sessionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupByKeys(sessionIds, rows, (row) => row.session.id);
    });
  }

  /** The discussed cases the caller may see (case scope), per session; two statements per request. */
  get casesOfSession(): DataLoader<string, ProtectionCase[]> {
    return this.context.loaders.get('supervision-session-cases', async (sessionIds: readonly string[]) => {
      const links = await this.context.em.find(SupervisionSessionCase, { session: { $in: [...sessionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const visible = new Set(await new SupervisionSessionService(this.context).visibleCaseIds([...new Set(links.map((link) => link.protectionCase.id))]));
      const cases = visible.size ? await this.context.em.find(ProtectionCase, { id: { $in: [...visible] } }) : [];
      const byId = new Map(cases.map((protectionCase) => [protectionCase.id, protectionCase]));
      return groupByKeys(
        sessionIds,
        links.filter((link) => byId.has(link.protectionCase.id)),
        (link) => link.session.id,
      ).map((group) => group.map((link) => byId.get(link.protectionCase.id) as ProtectionCase));
    });
  }

  get followUpsOfSession(): DataLoader<string, SupervisionFollowUp[]> {
    return this.context.loaders.get('supervision-follow-ups', async (sessionIds: readonly string[]) => {
      const rows = await this.context.em.find(SupervisionFollowUp, { session: { $in: [...sessionIds] } }, { orderBy: { dueOn: 'asc', id: 'asc' } });
      return groupByKeys(sessionIds, rows, (row) => row.session.id);
    });
  }
}
