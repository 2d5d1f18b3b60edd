import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger };

/**
 * Structured JSON logs on standard output. Authorization headers and tokens are redacted: a log line
 * must never be enough to act as a staff member.
 */
export function createLogger(level: LogLevel, name = 'lindungi', fileDescriptor: 1 | 2 = 1): Logger {
  return pino(
    {
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'connectionParams.authorization', '*.token'],
      censor: '[redacted]',
    },
  },
    pino.destination({ fd: fileDescriptor, sync: true }),
  );
}
