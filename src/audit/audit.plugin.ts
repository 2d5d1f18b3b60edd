import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GroupedWrites } from '../shared/grouped-writes';
import type { RequestContext } from '../shared/request-context';
import { SUBJECT_IDS_INDEX } from './audit-entry.entity';
import { PendingIndexCleanup } from './pending-index-cleanup';
import { insertReadLines, type ReadLineGroup } from './read-lines';

/** The read lines' group writer of one database, and the merges of its index's pending list. */
interface ReadLineWriter {
  writes: GroupedWrites<ReadLineGroup>;
  indexCleanup: PendingIndexCleanup;
}

/** One writer per database (the driver an EntityManager and its forks share). */
const readLineWriters = new WeakMap<object, ReadLineWriter>();

function readLineWriter(em: EntityManager): ReadLineWriter {
  const driver = em.getDriver();
  let writer = readLineWriters.get(driver);
  if (!writer) {
    const root = em.fork(); // an empty identity map of its own, so no request's records are kept alive here
    writer = {
      writes: new GroupedWrites(async (groups) => {
        // The insert is logged under the requests whose lines it holds.
        const requestIds = [...new Set(groups.map((group) => group.request_id))];
        const loggerContext = requestIds.length === 1 ? { reqId: requestIds[0] } : { reqIds: requestIds };
        await insertReadLines(root, groups, loggerContext);
      }),
      indexCleanup: new PendingIndexCleanup(() => root.getConnection().execute(`select gin_clean_pending_list('${SUBJECT_IDS_INDEX}'::regclass)`)),
    };
    readLineWriters.set(driver, writer);
  }
  return writer;
}

/** Settles when no merge of the audit index's pending list is under way for this database (at stop). */
export function auditIndexMergesSettled(em: EntityManager): Promise<void> {
  return readLineWriters.get(em.getDriver())?.indexCleanup.settled() ?? Promise.resolve();
}

/**
 * Writes a request's read lines once its response is ready, and before it is sent. The lines of
 * requests finishing together go in one insert (group commit), so a busy server does not pay one
 * statement per request for its audit log.
 */
export function flushReads(context: RequestContext): Promise<void> | undefined {
  const groups = context.audit.takeReadLines();
  // Most live-feed events show nothing on record: then there is nothing to wait for, not even a promise.
  return groups.length ? writeReadLines(context, groups) : undefined;
}

async function writeReadLines(context: RequestContext, groups: ReadLineGroup[]): Promise<void> {
  try {
    const writer = readLineWriter(context.em);
    await writer.writes.add(groups);
    writer.indexCleanup.written(groups.reduce((sum, group) => sum + group.subject_ids.length, 0), context.logger);
  } catch (error) {
    context.logger.error({ err: error }, 'could not write the audit lines of a read');
  }
}

export function auditPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await flushReads(contextValue);
        },
      };
    },
  };
}
