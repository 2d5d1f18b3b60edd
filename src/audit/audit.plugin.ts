import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/request-context';

/** Writes a request's read lines once its response is ready: one insert, whatever it read. */
export async function flushReads(context: RequestContext): Promise<void> {
  try {
    await context.audit.flush(context.em.fork() as EntityManager);
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
