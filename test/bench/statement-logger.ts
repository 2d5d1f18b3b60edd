import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

/** A debug-level logger that counts the SQL statements the ORM logs through it (for benchmarks, never timed). */
export function countingLogger(): { logger: Logger; take(): number } {
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
  return {
    logger,
    take() {
      const count = statements;
      statements = 0;
      return count;
    },
  };
}
