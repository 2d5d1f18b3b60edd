import { randomBytes, randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';
import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client as WebSocketClient } from 'graphql-ws';
import { print } from 'graphql';
import { Writable } from 'node:stream';
import pino from 'pino';
import WebSocket from 'ws';
import { loadConfig, type AppConfig } from '../../src/config';
import { AccessTokens } from '../../src/identity/access-tokens';
import { openOrm, type Orm } from '../../src/orm';
import { startServer, type RunningServer } from '../../src/server';
import type { Clock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { createTestDatabase } from './test-database';

export interface GraphQLResult<Data> {
  status: number;
  data?: Data | null;
  errors?: GraphQLFormattedError[];
}

export interface TestApp {
  config: AppConfig;
  /** Every JSON log line the server wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  url: string;
  webSocketUrl: string;
  /** The running server itself, for tests of stopping it (stopping twice is harmless). */
  server: RunningServer;
  /** The test's own connection to the server's database, for factories and for checking what was written. */
  orm: Orm;
  tokens: AccessTokens;
  /** Sends one operation over HTTP with a real GraphQL client; never throws on GraphQL errors. */
  request<Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<Data>>;
  /** The SQL statements the server ran for the request sent with this `x-request-id` (needs logLevel debug). */
  statementsOf(requestId: string): string[];
  /** A graphql-ws client; `token` goes in connection_init. Closed by `stop()`. */
  webSocketClient(token?: string, onClosed?: (event: { code: number; reason: string }) => void): WebSocketClient;
  stop(): Promise<void>;
}

/**
 * A real server on a free port, over a database of the test file's own, with the test's own ORM beside it.
 * `environment` overrides configuration variables (e.g. NODE_ENV=production).
 */
export async function createTestApp(environment: Record<string, string> = {}, options: { logLevel?: string; clock?: Clock; actorHoldMilliseconds?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests queue overdue detection themselves (test/support/jobs.ts) at the instant they choose: a cron run
    // in the middle of a test's setup would close a month before the test's children exist.
    OVERDUE_DETECTION_SCHEDULE: 'off',
    RETENTION_SCHEDULE: 'off',
    // Every test client comes from 127.0.0.1: the per-address limits are raised, and tests of them set their own.
    PUBLIC_RATE_LIMIT: '1000000',
    SIGN_IN_FAILURE_LIMIT: '100000',
    // Every query runs compiled from its first run, so the tests hold the compiled path to every answer.
    GRAPHQL_COMPILE_AFTER_RUNS: '0',
    // With REDIS_URL set (as .ci/run does), servers under test send their events over Redis.
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...environment,
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: options.logLevel ?? process.env.TEST_LOG_LEVEL ?? 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  // Each request reads its account unless a test asks for actors to be held (ActorCache): the statements a
  // test counts then do not depend on which requests came before (test/held-actors.e2e.test.ts holds them).
  const server = await startServer(config, { logger, clock: options.clock, actorHoldMilliseconds: options.actorHoldMilliseconds ?? 0 });
  const orm = await openOrm(database.url, config, createLogger('silent'), 'lindungi-test');
  const webSocketClients: WebSocketClient[] = [];
  const webSocketUrl = server.url.replace(/^http/, 'ws');

  return {
    config,
    logs,
    url: server.url,
    webSocketUrl,
    server,
    orm,
    tokens: new AccessTokens(config.auth),
    statementsOf(requestId: string) {
      // A statement serving several requests at once (the audit log's grouped insert) names them all in reqIds.
      const serves = (line: (typeof logs)[number]) => line.reqId === requestId || (Array.isArray(line.reqIds) && line.reqIds.includes(requestId));
      return logs.filter((line) => line.component === 'sql' && line.namespace === 'query' && serves(line)).map((line) => String(line.msg));
    },
    request(document, variables, token, headers) {
      return requestAt(server.url, document, variables, token, headers);
    },
    webSocketClient(token, onClosed) {
      const client = createClient({
        url: webSocketUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: { closed: (event) => onClosed?.(event as { code: number; reason: string }) },
      });
      webSocketClients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(webSocketClients.map((client) => client.dispose()));
      await server.stop();
      await orm.close();
      await database.drop();
    },
  };
}

/** Sends one operation over HTTP to the server at `url` with a real GraphQL client; never throws on GraphQL errors. */
export async function requestAt<Data, Variables extends object>(
  url: string,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<Data>> {
  const client = new GraphQLClient(url, {
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    errorPolicy: 'all',
  });
  try {
    const response = await client.rawRequest<Data>(print(document), variables as Record<string, unknown>);
    return { status: response.status, data: response.data, errors: response.errors as GraphQLFormattedError[] | undefined };
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    return {
      status: error.response.status,
      data: error.response.data as Data | null | undefined,
      errors: error.response.errors as GraphQLFormattedError[] | undefined,
    };
  }
}

/** A unique e-mail address for a test's own staff account. */
export function uniqueEmail(label = 'staff'): string {
  return `${label}.${randomUUID().slice(0, 8)}@test.lindungi.local`;
}
