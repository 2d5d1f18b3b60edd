import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GroupedWrites } from '../shared/grouped-writes';
import type { RequestContext } from '../shared/request-context';
import { insertReadLines, type ReadLineGroup } from './read-lines';

/** One group writer per database (the driver an EntityManager and its forks share). */
const readLineWriters = new WeakMap<object, GroupedWrites<ReadLineGroup>>();

function readLineWriter(em: EntityManager): GroupedWrites<ReadLineGroup> {
  const driver = em.getDriver();
  let writer = readLineWriters.get(driver);
  if (!writer) {
    const root = em.fork(); // an empty identity map of its own, so no request's records are kept alive here
    writer = new GroupedWrites(async (groups) => {
      // The insert is logged under the requests whose lines it holds.
      const requestIds = [...new Set(groups.map((group) => group.request_id))];
      const loggerContext = requestIds.length === 1 ? { reqId: requestIds[0] } : { reqIds: requestIds };
      await insertReadLines(root, groups, loggerContext);
    });
    readLineWriters.set(driver, writer);
  }
  return writer;
}

/**
 * Writes a request's read lines once its response is ready, and before it is sent. The lines of
 * requests finishing together go in one insert (group commit), so a busy server does not pay one
 * statement per request for its audit log.
 */
export async function flushReads(context: RequestContext): Promise<void> {
  const groups = context.audit.takeReadLines();
  if (!groups.length) return;
  try {
    await readLineWriter(context.em).add(groups);
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
