import { compiledQueriesGateway } from './shared/compiled-queries';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config';
import { createRequestContext, type ContextDependencies } from './context';
import { clientAddressOf, graphqlPostHandler, httpErrorAnswer } from './graphql-http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LEDGER_EXPORT_PATH, ledgerExportHandler } from './aid/ledger-export';
import { CALENDAR_PATH, calendarHandler } from './supervision/calendar';
import { DeadlineMonitor } from './cases/deadline-monitor';
import { AccessTokens } from './identity/access-tokens';
import { ActorCache } from './identity/actor-cache';
import { startJobRunner } from './jobs/job-runner';
import { migrate, openOrm, withApplicationName, type Orm } from './orm';
import { systemClock, type Clock } from './shared/clock';
import { buildLindungiSchema } from './schema';
import { isDatabaseUnavailable } from './shared/errors/database-unavailable';
import { DomainError, ErrorCode, ServiceUnavailableError } from './shared/errors/domain-error';
import { ErrorFormatter } from './shared/errors/format-error';
import { OperationGuard } from './shared/operation-guard';
import { auditIndexMergesSettled, auditPlugin } from './audit/audit.plugin';
import { startDomainEvents } from './shared/events/start-domain-events';
import { createLogger, type Logger } from './shared/logger';
import { Metrics } from './shared/observability/metrics';
import type { RequestContext } from './shared/request-context';
import { startWebSocketServer } from './websocket';

export const GRAPHQL_PATH = '/graphql';

export interface RunningServer {
  /** HTTP URL of the GraphQL endpoint; the WebSocket endpoint is the same with ws://. */
  url: string;
  /** Stops accepting, finishes in-flight requests, closes WebSockets (1001) and the database pool. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** The database to use; `config.database.url` when omitted. */
  databaseUrl?: string;
  logger?: Logger;
  /** The time scheduled jobs go by; the system clock when omitted (tests set their own). */
  clock?: Clock;
  /** How long an actor is held without a change heard of (`ActorCache`); tests set it to tell events from expiry. */
  actorHoldMilliseconds?: number;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };

/** Starts Lindungi: GraphQL over HTTP and WebSocket on one port and path, health and metrics beside it. */
export async function startServer(config: AppConfig, options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const databaseUrl = options.databaseUrl ?? config.database.url;
  if (!databaseUrl) throw new Error('startServer needs a database URL (config.database.url or options.databaseUrl)');

  const orm = await openOrm(databaseUrl, config, logger);
  // A merge of the audit index's pending list may be under way when the server stops: it finishes first.
  const toClose: Array<() => Promise<void>> = [() => auditIndexMergesSettled(orm.em), () => orm.close()];
  try {
    if (config.database.migrateOnStart) {
      const applied = await migrate(orm, logger);
      if (applied.length) logger.info({ migrations: applied }, 'applied database migrations');
    }
    const { events, close: closeEvents } = await startDomainEvents({
      databaseUrl,
      redisUrl: config.database.redisUrl,
      eventManager: orm.em.getEventManager(),
      listen: true,
      logger,
    });
    toClose.unshift(closeEvents);
    const actors = new ActorCache(options.actorHoldMilliseconds);
    toClose.unshift(actors.watch(events));
    const dependencies: ContextDependencies = { config, orm, tokens: new AccessTokens(config.auth), events, actors };
    const deadlines = new DeadlineMonitor(() => orm.em.fork() as EntityManager, events, logger, config.dispatch.deadlineScanIntervalMs);
    deadlines.start();
    toClose.unshift(() => deadlines.stop());
    if (config.jobs.runner) {
      const jobs = await startJobRunner({
        databaseUrl: withApplicationName(databaseUrl, 'lindungi-jobs'),
        newEntityManager: () => orm.em.fork() as EntityManager,
        events,
        config,
        clock: options.clock ?? systemClock,
        logger,
      });
      toClose.unshift(() => jobs.stop());
    }
    return await startHttp(config, dependencies, logger, toClose);
  } catch (error) {
    for (const close of toClose) await close().catch(() => undefined);
    throw error;
  }
}

async function startHttp(
  config: AppConfig,
  dependencies: ContextDependencies,
  logger: Logger,
  toClose: Array<() => Promise<void>>,
): Promise<RunningServer> {
  const production = config.environment === 'production';
  const schema = await buildLindungiSchema(dependencies.events.pubSub);
  const metrics = new Metrics();
  const formatter = new ErrorFormatter(logger);
  const app = express();
  app.disable('x-powered-by');
  // No ETag: answers are never cached (they carry personal data), and hashing each body was 0.7% of a page's CPU.
  app.set('etag', false);
  // POST /graphql is answered on Node's own request (src/graphql-http.ts); every other request goes to `app`.
  const httpServer = createServer();
  const guard = new OperationGuard(schema, config.graphql.limits, config.graphql.allowedOperationsFile);
  const webSockets = startWebSocketServer({ httpServer, path: GRAPHQL_PATH, schema, dependencies, formatter, metrics, logger, guard });

  const apollo = new ApolloServer<RequestContext>({
    // Hot queries run compiled (src/shared/compiled-queries.ts); Apollo takes an executor only as a gateway.
    gateway: compiledQueriesGateway(schema, config.graphql.compileQueriesAfterRuns, metrics),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    validationRules: guard.validationRules,
    parseOptions: guard.parseOptions,
    ...(guard.persistedQueryCache() ? { persistedQueries: { cache: guard.persistedQueryCache() } } : {}),
    // The process owner (src/run.ts) stops the server and then the database, in that order.
    stopOnTerminationSignals: false,
    formatError: formatter.formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => webSockets.dispose() }) },
      // Answers carry personal data and are never cached: no per-field cache hints to compute.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      metrics.apolloPlugin(),
      guard.apolloPlugin(),
      auditPlugin(),
      formatter.plugin(),
    ],
  });
  await apollo.start();

  const requestLogging = pinoHttp({
    logger,
    // Logs written while serving a request carry just its id, not the whole request again.
    quietReqLogger: true,
    genReqId: (request, response) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (request: IncomingMessage) => ['/healthz', '/readyz', '/metrics'].includes(request.url ?? '') },
  });
  const jsonBody = express.json({ limit: config.http.bodyLimitBytes });
  const graphqlContext = async (request: IncomingMessage): Promise<RequestContext> => {
    try {
      return await createRequestContext(dependencies, {
        authorization: request.headers.authorization,
        logger: request.log,
        requestId: String(request.id),
        clientAddress: clientAddressOf(request, config.http.trustProxy),
        purpose: typeof request.headers['x-access-purpose'] === 'string' ? request.headers['x-access-purpose'] : null,
      });
    } catch (caught) {
      // Reading the caller's account needs the database: when it is out of reach, say so (retryable).
      const error = !(caught instanceof DomainError) && isDatabaseUnavailable(caught) ? new ServiceUnavailableError() : caught;
      if (!(error instanceof DomainError)) throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS[error.code] ?? 400 } },
      });
    }
  };
  const graphqlPost = graphqlPostHandler({ apollo, requestLogging, jsonBody, context: graphqlContext, logger });
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'POST' && request.url === GRAPHQL_PATH) graphqlPost(request, response);
    else void app(request, response);
  });

  app.use(requestLogging);
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const { httpStatus, body } = await readiness(dependencies.orm);
    response.status(httpStatus).json(body);
  });
  app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get(
    LEDGER_EXPORT_PATH,
    ledgerExportHandler((authorization) => createRequestContext(dependencies, { authorization, logger })),
  );
  // Calendar clients send no Authorization header: the per-person secret token in the path is the credential.
  app.get(
    CALENDAR_PATH,
    calendarHandler(() => dependencies.orm.em.fork() as EntityManager),
  );
  // GET (and any other method) on /graphql, through Express as before.
  app.use(GRAPHQL_PATH, jsonBody, expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req) }));

  app.use(httpErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.http.port, config.http.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop();
        for (const close of toClose) await close();
      })()),
  };
}

/** Errors raised before GraphQL runs, answered as `graphql-http.ts` answers them on POST /graphql. */
function httpErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error: { status?: number }, request, response, next) => {
    if (response.headersSent) return next(error);
    const { status, body } = httpErrorAnswer(error, request.log ?? logger);
    response.status(status).json(body);
  };
}

/** Ready when the database answers and every migration is applied. */
async function readiness(orm: Orm): Promise<{ httpStatus: number; body: { status: string; reason?: string } }> {
  try {
    await orm.em.getConnection().execute('select 1');
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length) {
      return { httpStatus: 503, body: { status: 'not ready', reason: `${pending.length} database migrations are pending` } };
    }
    return { httpStatus: 200, body: { status: 'ready' } };
  } catch {
    return { httpStatus: 503, body: { status: 'not ready', reason: 'the database does not answer' } };
  }
}
