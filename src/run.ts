import { ConfigurationError, loadConfig, loadEnvironmentFile, type AppConfig } from './config';
import { startServer } from './server';
import { startEmbeddedCluster } from './shared/database/embedded-postgres';
import { createLogger } from './shared/logger';

/** How long a graceful stop may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * `npm start` and `lindungi start`: reads the configuration, starts the embedded PostgreSQL unless
 * DATABASE_URL is set, starts the server and stops everything in order on SIGTERM or SIGINT.
 */
export async function runServer(): Promise<void> {
  let config: AppConfig;
  try {
    loadEnvironmentFile();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) console.error(error.message);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = config.database.url
    ? { url: config.database.url, release: async () => undefined }
    : await startEmbeddedCluster({ ...config.database.embedded, stopAdoptedCluster: true }, logger);

  let server;
  try {
    server = await startServer(config, { databaseUrl: database.url, logger });
  } catch (error) {
    logger.fatal({ err: error }, 'Lindungi could not start');
    await database.release();
    throw error;
  }
  logger.info({ url: server.url }, `Lindungi is serving GraphQL at ${server.url}`);

  const running = server;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    const forced = setTimeout(() => {
      logger.error('graceful stop took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    forced.unref();
    try {
      await running.stop();
    } finally {
      await database.release();
    }
    logger.info('stopped');
    clearTimeout(forced);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      stop(signal).catch((error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exitCode = 1;
      });
    });
  }
}
