import path from 'node:path';
import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ChangeAuditSubscriber } from './audit/change-audit';
import type { AppConfig } from './config';
import { entities } from './entities';
import { projectRoot } from './project-root';
import { migrateJobQueue } from './jobs/job-runner';
import { syncRegionReferenceData } from './regions/region-reference-data';
import { FailedTransactionStart } from './shared/database/failed-transaction-start';
import type { Logger } from './shared/logger';

export type Orm = MikroORM<PostgreSqlDriver>;

/** True when this code runs from TypeScript sources (ts-node, jest) rather than from `dist/`. */
const runningFromSources = __filename.endsWith('.ts');

/**
 * One MikroORM configuration for the server, the command line and the tests. SQL is logged only at
 * debug level, through the application's logger.
 */
export function ormOptions(databaseUrl: string, config: AppConfig, logger: Logger, applicationName = 'lindungi-server'): Options<PostgreSqlDriver> {
  const root = projectRoot();
  const sqlLogger = logger.child({ component: 'sql' });
  return {
    driver: PostgreSqlDriver,
    clientUrl: withApplicationName(databaseUrl, applicationName),
    entities,
    extensions: [Migrator],
    subscribers: [new ChangeAuditSubscriber(), new FailedTransactionStart()],
    forceUtcTimezone: true,
    colors: false,
    allowGlobalContext: false,
    // Bounded waits: while the database is down or restarting, requests fail fast with SERVICE_UNAVAILABLE.
    pool: { min: 0, max: config.database.poolMax, acquireTimeoutMillis: config.database.acquireTimeoutMs },
    driverOptions: {
      connection: { connectionTimeoutMillis: config.database.acquireTimeoutMs },
      // knex reports lost connections (e.g. a database restart) with console.log; keep them in our JSON log.
      log: {
        warn: (message: unknown) => logger.warn({ component: 'knex' }, String(message)),
        error: (message: unknown) => logger.error({ component: 'knex' }, String(message)),
        deprecate: (message: unknown) => logger.warn({ component: 'knex' }, String(message)),
        debug: (message: unknown) => logger.debug({ component: 'knex' }, String(message)),
      },
    },
    // graphile-worker keeps its queue in its own schema and migrates it itself (src/jobs/job-runner.ts).
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    debug: logger.isLevelEnabled('debug') ? ['query', 'query-params'] : false,
    loggerFactory: (options) => new StructuredSqlLogger({ ...options, writer: (message) => sqlLogger.debug(message) }, sqlLogger),
    preferTs: runningFromSources,
    // Migrations are loaded with require(): jest's VM refuses native import(), and the project is CommonJS.
    dynamicImportProvider: (id: string) => Promise.resolve(require(id)),
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(root, 'dist', 'migrations'),
      pathTs: path.join(root, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
  };
}

export async function openOrm(databaseUrl: string, config: AppConfig, logger: Logger, applicationName?: string): Promise<Orm> {
  return MikroORM.init(ormOptions(databaseUrl, config, logger, applicationName));
}

/**
 * Applies pending migrations, brings the shipped reference data up to date and installs the job queue's
 * tables; returns the migrations applied.
 */
export async function migrate(orm: Orm, logger: Logger): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await syncRegionReferenceData(orm.em.fork());
  await migrateJobQueue(orm.config.get('clientUrl') as string, logger);
  return applied.map((migration) => migration.name);
}

/** Names our connections in pg_stat_activity, so operators (and the CLI) can tell who is connected. */
export function withApplicationName(databaseUrl: string, applicationName: string): string {
  const url = new URL(databaseUrl);
  if (!url.searchParams.has('application_name')) url.searchParams.set('application_name', applicationName);
  return url.toString();
}

/**
 * Writes each SQL statement as one structured debug line carrying the request id of the EntityManager
 * fork that ran it (`em.fork({ loggerContext: { reqId } })`), so a request's statements can be counted.
 */
class StructuredSqlLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly logger: Logger,
  ) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (!this.isEnabled(namespace, context)) return;
    const line = message.replace(/\n/g, ' ').replace(/ +/g, ' ').trim();
    this.logger.debug({ namespace, reqId: context?.reqId, took: context?.took }, line);
  }
}
