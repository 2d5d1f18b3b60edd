import type { EntityManager } from '@mikro-orm/postgresql';
import { outboxFeed } from '../shared/events/outbox-feed';
import type { RequestContext } from '../shared/request-context';
import { ownSessions } from './supervision-scope';
import { SUPERVISION_SESSION_CHANGED, SupervisionSessionEvent } from './supervision-session.events';

/**
 * One person's session feed: changes of the sessions that are theirs (as expert, participant or
 * requester), first those after `afterSequence`, then live as they commit. Whose a session is is read at
 * delivery, so a participant added later still receives it.
 */
export function mySessionFeed(context: RequestContext, afterSequence: string | undefined): AsyncGenerator<SupervisionSessionEvent> {
  const own = ownSessions(context.actor, 's');
  return outboxFeed(
    context,
    {
      topic: SUPERVISION_SESSION_CHANGED,
      async latest(em: EntityManager) {
        const [row] = await em.getConnection().execute<Array<{ latest: string | null }>>('select max(sequence) as latest from supervision_session_event');
        return BigInt(row.latest ?? '0');
      },
      readAfter: (em, after, limit) =>
        (em.fork() as EntityManager)
          .createQueryBuilder(SupervisionSessionEvent, 'e')
          .select('*')
          .where('e.sequence > ?', [after.toString()])
          .andWhere(`exists (select 1 from supervision_session s where s.id = e.session_id and ${own.sql})`, own.params)
          .orderBy({ sequence: 'asc' })
          .limit(limit)
          .getResultList(),
      sequenceOf: (event) => BigInt(event.sequence),
      matches: () => true,
    },
    afterSequence,
  );
}
