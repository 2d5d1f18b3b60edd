import type { AppConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { countingLogger } from './statement-logger';

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
  const counting = countingLogger();
  // Nothing held between requests (ActorCache): each count includes reading the account, as a first request does.
  const server = await startServer(config, { logger: counting.logger, actorHoldMilliseconds: 0 });
  return {
    url: server.url,
    async count(body, token) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      counting.take();
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await response.json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(`counting request failed: ${JSON.stringify(answer.errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return counting.take();
    },
    stop: () => server.stop(),
  };
}
