import { Writable } from 'node:stream';
import pino from 'pino';
import type { AppConfig } from '../../src/config';
import { startServer } from '../../src/server';

export interface StatementCounter {
  url: string;
  /** SQL statements the server sent while answering one request. */
  count(body: string, token: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Lindungi in this process with a logger that counts the ORM's query log (debug level): not timed, only
 * for counting the statements one request costs. Nothing else runs in it meanwhile (no job runner).
 */
export async function startStatementCounter(config: AppConfig): Promise<StatementCounter> {
  let statements = 0;
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          const entry = JSON.parse(line) as { component?: string; namespace?: string };
          if (entry.component === 'sql' && entry.namespace === 'query') statements += 1;
        }
        done();
      },
    }),
  );
  const server = await startServer(config, { logger });
  return {
    url: server.url,
    async count(body, token) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      statements = 0;
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await response.json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(`counting request failed: ${JSON.stringify(answer.errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return statements;
    },
    stop: () => server.stop(),
  };
}
