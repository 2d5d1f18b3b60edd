import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config';
import { migrate, openOrm, type Orm } from '../orm';
import type { SystemActor } from '../shared/auth/actor';
import { startEmbeddedCluster } from '../shared/database/embedded-postgres';
import { startDomainEvents } from '../shared/events/start-domain-events';
import { AccessRecorder } from '../audit/access-recorder';
import { RequestLoaders } from '../shared/loaders';
import type { Logger } from '../shared/logger';
import type { RequestContext } from '../shared/request-context';

export interface CliSession {
  orm: Orm;
  /** A context acting as the operator at the command line. */
  systemContext(): RequestContext;
}

export interface CliSessionOptions {
  /** Apply pending migrations first (commands that read or write data need the current schema). */
  migrate: boolean;
}

/**
 * Runs `work` against the configured database. With the embedded cluster, a running server's cluster is
 * joined; otherwise one is started and stopped again afterwards (unless a server started using it meanwhile).
 */
export async function withCliSession<Result>(
  config: AppConfig,
  logger: Logger,
  options: CliSessionOptions,
  work: (session: CliSession) => Promise<Result>,
): Promise<Result> {
  const database = config.database.url
    ? { url: config.database.url, release: async () => undefined }
    : await startEmbeddedCluster({ ...config.database.embedded, stopAdoptedCluster: false }, logger);
  try {
    const orm = await openOrm(database.url, config, logger, 'lindungi-cli');
    try {
      if (options.migrate) {
        const applied = await migrate(orm, logger);
        if (applied.length) logger.info({ migrations: applied }, 'applied database migrations');
      }
      const actor: SystemActor = { kind: 'SYSTEM', label: 'cli' };
      // The command line publishes (a deactivation must reach the servers) but does not listen.
      const { events, close } = await startDomainEvents({
        databaseUrl: database.url,
        redisUrl: config.database.redisUrl,
        eventManager: orm.em.getEventManager(),
        listen: false,
        logger,
      });
      try {
        return await work({
          orm,
          systemContext: () => {
            const requestId = randomUUID();
            return { em: orm.em.fork(), actor, logger, requestId, events, loaders: new RequestLoaders(), config, clientAddress: null, audit: new AccessRecorder({ actor, requestId, clientAddress: null, purpose: 'command line' }) };
          },
        });
      } finally {
        await close();
      }
    } finally {
      await orm.close();
    }
  } finally {
    await database.release();
  }
}
