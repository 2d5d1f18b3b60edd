import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../../../src/config';
import { AccessTokens } from '../../../src/identity/access-tokens';
import { startServer, type RunningServer } from '../../../src/server';

export interface FaultServer {
  server: RunningServer;
  config: AppConfig;
  tokens: AccessTokens;
  url: string;
  webSocketUrl: string;
  /** Every log line at warn or above, parsed. */
  logs: Array<Record<string, unknown>>;
}

/** A real server in this process on `databaseUrl`, with the test's secret and no scheduled jobs. */
export async function startFaultServer(databaseUrl: string, environment: Record<string, string> = {}, jwtSecret = randomBytes(32).toString('hex')): Promise<FaultServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: jwtSecret,
    HOTLINE_RATE_LIMIT: '100000',
    // Every client of a fault test comes from 127.0.0.1: the per-address limits would be measured instead.
    PUBLIC_RATE_LIMIT: '1000000',
    SIGN_IN_FAILURE_LIMIT: '100000',
    OVERDUE_DETECTION_SCHEDULE: 'off',
    RETENTION_SCHEDULE: 'off',
    ...environment,
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'warn' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  const server = await startServer(config, { logger });
  return { server, config, tokens: new AccessTokens(config.auth), url: server.url, webSocketUrl: server.url.replace(/^http/, 'ws'), logs };
}
