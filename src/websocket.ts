import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { createRequestContext, type ContextDependencies } from './context';
import { STAFF_ACCOUNT_CHANGED, StaffAccountChange } from './identity/staff-account.events';
import { DomainError, ErrorCode } from './shared/errors/domain-error';
import { isDatabaseUnavailable } from './shared/errors/database-unavailable';
import type { ErrorFormatter } from './shared/errors/format-error';
import type { Logger } from './shared/logger';
import type { Metrics } from './shared/observability/metrics';
import type { OperationGuard } from './shared/operation-guard';
import { flushReads } from './audit/audit.plugin';
import { AccessRecorder } from './audit/access-recorder';
import { SharedSubscriptions } from './shared/events/shared-subscriptions';
import { RequestLoaders } from './shared/loaders';
import { SUBSCRIPTION_SHARING } from './subscription-sharing';
import type { RequestContext } from './shared/request-context';
import { SlowConsumerWatch } from './slow-consumers';

/** What a client sends in `connection_init`: `{ "authorization": "Bearer <token>" }`, or nothing for PUBLIC. */
export interface ConnectionParams {
  authorization?: unknown;
  Authorization?: unknown;
}

interface ConnectionExtra {
  socket: WebSocket;
  request: IncomingMessage;
  connectionId: string;
  staffAccountId?: string;
  openSubscriptions: Set<string>;
}

export interface GraphQLWebSocketServer {
  /** Closes every socket with 1001 (going away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

export interface WebSocketOptions {
  httpServer: HttpServer;
  path: string;
  schema: GraphQLSchema;
  dependencies: ContextDependencies;
  formatter: ErrorFormatter;
  metrics: Metrics;
  logger: Logger;
  /** The same operation limits and allow-list as over HTTP. */
  guard: OperationGuard;
}

/** The close code for too many refused tokens or anonymous requests from one address. */
export const RATE_LIMITED_CLOSE_CODE = 4429;

/** The WebSocket standard's "try again later" (RFC 6455 registry): a client reconnects after a pause. */
export const TRY_AGAIN_LATER_CLOSE_CODE = 1013;

/** WebSocket close codes for refused credentials (graphql-ws reserves 4400-4499 for such answers). */
function closeCodeFor(error: DomainError): number {
  if (error.code === ErrorCode.RATE_LIMITED) return RATE_LIMITED_CLOSE_CODE;
  return error.code === ErrorCode.FORBIDDEN ? CloseCode.Forbidden : CloseCode.Unauthorized;
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = (params as ConnectionParams | undefined)?.authorization ?? (params as ConnectionParams | undefined)?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Subscriptions over graphql-ws (protocol graphql-transport-ws) on the same port and path as HTTP.
 * The token is checked at `connection_init` and the account re-read at every `subscribe`; when an
 * account is deactivated, its sockets are closed with 4403 on every server instance. A socket that stops
 * taking messages is closed with 4413 (src/slow-consumers.ts).
 */
export function startWebSocketServer(options: WebSocketOptions): GraphQLWebSocketServer {
  const { schema, dependencies, formatter, metrics, logger } = options;
  const socketsByStaffAccount = new Map<string, Set<WebSocket>>();
  const webSocketServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: 1024 * 1024 });
  const slowConsumers = new SlowConsumerWatch(dependencies.config.http.slowConsumerMs, logger);

  /**
   * Refused credentials close the socket with 4401/4403 and a short reason. A database out of reach while
   * the account is read closes it with 1013 (try again later), which graphql-ws clients retry; left to
   * graphql-ws it would be 4500, after which they stop reconnecting. Other errors are left to graphql-ws.
   */
  const closeIfRefused = (extra: ConnectionExtra, error: unknown): boolean => {
    if (!(error instanceof DomainError) && isDatabaseUnavailable(error)) {
      logger.warn({ err: error, connectionId: extra.connectionId }, 'the database is unavailable; the WebSocket was closed with 1013 (try again later)');
      extra.socket.close(TRY_AGAIN_LATER_CLOSE_CODE, 'The database is briefly unavailable: reconnect in a moment');
      return true;
    }
    if (!(error instanceof DomainError)) return false;
    extra.socket.close(closeCodeFor(error), error.message.slice(0, 120));
    return true;
  };

  /**
   * The context of the connection (`operationId` absent, at `connection_init`) or of one of its subscriptions
   * (the account is read again, or held from a moment ago: `ActorCache`), or the refusal that closed the socket.
   */
  const contextFor = async (extra: ConnectionExtra, connectionParams: Readonly<Record<string, unknown>> | undefined, operationId?: string): Promise<RequestContext | GraphQLError> => {
    try {
      return await createRequestContext(dependencies, {
        authorization: authorizationOf(connectionParams),
        logger: operationId === undefined ? logger : logger.child({ connectionId: extra.connectionId, operationId }),
        requestId: operationId === undefined ? extra.connectionId : `${extra.connectionId}:${operationId}`,
        clientAddress: extra.request.socket.remoteAddress ?? null,
        purpose: operationId !== undefined && typeof connectionParams?.purpose === 'string' ? connectionParams.purpose : undefined,
      });
    } catch (error) {
      if (!closeIfRefused(extra, error)) throw error;
      // The client does not get it (the socket is closing); the operation's metrics and onError see it as it was.
      return new GraphQLError('The connection was closed.', { originalError: error as Error });
    }
  };

  // A shared execution's own context: its own EntityManager fork, loaders and audit record (its reads go on
  // each subscriber's record), with the first subscriber's actor (alike in access for all who join it).
  const sharedSubscriptions = new SharedSubscriptions(
    SUBSCRIPTION_SHARING,
    (subscriber) => {
      const requestId = `shared:${randomUUID()}`;
      return {
        ...subscriber,
        requestId,
        logger: logger.child({ sharedExecution: requestId }),
        em: subscriber.em.fork({ loggerContext: { reqId: requestId } }),
        loaders: new RequestLoaders(),
        audit: new AccessRecorder({ ...subscriber.audit.subject, requestId }),
      };
    },
    metrics.sharedSubscriptionExecutions,
  );

  const cleanup = useServer<Record<string, unknown>, Omit<ConnectionExtra, 'socket' | 'request'>>(
    {
      schema,
      connectionInitWaitTimeout: 10_000,
      subscribe: (args) => sharedSubscriptions.subscribe(args),
      onSubscribe: async (ctx, id, payload) => {
        const checked = options.guard.checkSubscription(payload);
        // Refusals go out through onError below, formatted like every other error.
        if (Array.isArray(checked)) return [...checked];
        // The context is made here rather than in graphql-ws's `context`, so that a refusal that closed the
        // socket ends the operation quietly: thrown from `context`, graphql-ws logs it to the console as an
        // internal error of ours.
        const contextValue = await contextFor(ctx.extra as unknown as ConnectionExtra, ctx.connectionParams, id);
        if (contextValue instanceof GraphQLError) return [contextValue];
        return { schema, document: (checked as { document: DocumentNode }).document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onConnect: async (ctx) => {
        const extra = ctx.extra as unknown as ConnectionExtra;
        extra.connectionId = randomUUID();
        extra.openSubscriptions = new Set();
        slowConsumers.watch(extra.socket, extra.request.socket, { connectionId: extra.connectionId });
        const context = await contextFor(extra, ctx.connectionParams);
        if (context instanceof GraphQLError) return false;
        if (context.actor.kind === 'STAFF') {
          extra.staffAccountId = context.actor.staffAccountId;
          const sockets = socketsByStaffAccount.get(extra.staffAccountId) ?? new Set();
          sockets.add(extra.socket);
          socketsByStaffAccount.set(extra.staffAccountId, sockets);
        }
        metrics.openWebSockets.inc();
        return true;
      },
      onOperation: (ctx, id, payload, args, result) => {
        const extra = ctx.extra as unknown as ConnectionExtra;
        const isStream = typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
        if (isStream) {
          extra.openSubscriptions.add(id);
          metrics.openSubscriptions.inc();
        }
        const failed = !isStream && Boolean((result as { errors?: unknown[] }).errors?.length);
        const operation = getOperationAST(args.document, args.operationName);
        metrics.countOperation(payload.operationName ?? operation?.name?.value, operation?.operation ?? 'unknown', 'ws', failed ? 'error' : 'success');
        return undefined;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const formatted = result.errors ? { ...result, errors: result.errors.map((error) => formatter.format(error)) } : undefined;
        // Each event's reads of personal data go on record as it is sent (most events have none: then the
        // event goes out without waiting for anything).
        const writing = flushReads(args.contextValue as RequestContext);
        return writing ? writing.then(() => formatted) : formatted;
      },
      onError: (_ctx, _id, payload, errors) => {
        metrics.countOperation(payload.operationName, 'unknown', 'ws', 'error');
        return errors.map((error) => formatter.format(error));
      },
      onComplete: (ctx, id) => {
        const extra = ctx.extra as unknown as ConnectionExtra;
        if (extra.openSubscriptions.delete(id)) metrics.openSubscriptions.dec();
      },
      onClose: (ctx) => {
        const extra = ctx.extra as unknown as ConnectionExtra;
        metrics.openSubscriptions.dec(extra.openSubscriptions?.size ?? 0);
        extra.openSubscriptions?.clear();
        if (ctx.acknowledged) metrics.openWebSockets.dec();
        if (extra.staffAccountId) socketsByStaffAccount.get(extra.staffAccountId)?.delete(extra.socket);
      },
    },
    webSocketServer,
  );

  const revocations = watchDeactivations(dependencies, (staffAccountId) => {
    for (const socket of socketsByStaffAccount.get(staffAccountId) ?? []) {
      socket.close(CloseCode.Forbidden, 'This staff account has been deactivated.');
    }
    socketsByStaffAccount.delete(staffAccountId);
  }, logger);

  return {
    dispose: async () => {
      slowConsumers.stop();
      await revocations.return?.();
      await cleanup.dispose();
    },
  };
}

/** Calls `onDeactivated` for every account deactivation, from any process sharing the database. */
function watchDeactivations(dependencies: ContextDependencies, onDeactivated: (staffAccountId: string) => void, logger: Logger) {
  const iterator = dependencies.events.subscribe(STAFF_ACCOUNT_CHANGED)[Symbol.asyncIterator]();
  const loop = async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      if (next.value.change === StaffAccountChange.DEACTIVATED) onDeactivated(next.value.staffAccountId);
    }
  };
  loop().catch((error: unknown) => logger.error({ err: error }, 'stopped watching staff deactivations'));
  return iterator;
}
