import path from 'node:path';
import { DefaultLogger, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from './config';
import { entities } from './entities';
import { projectRoot } from './project-root';
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
    forceUtcTimezone: true,
    colors: false,
    allowGlobalContext: false,
    pool: { min: 0, max: config.database.poolMax },
    debug: logger.isLevelEnabled('debug') ? ['query', 'query-params'] : false,
    loggerFactory: (options) => new DefaultLogger({ ...options, writer: (message) => sqlLogger.debug(message) }),
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

/** Applies pending migrations and returns the names of those applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** Names our connections in pg_stat_activity, so operators (and the CLI) can tell who is connected. */
export function withApplicationName(databaseUrl: string, applicationName: string): string {
  const url = new URL(databaseUrl);
  if (!url.searchParams.has('application_name')) url.searchParams.set('application_name', applicationName);
  return url.toString();
}
