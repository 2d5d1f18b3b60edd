import { types } from 'node:util';

/**
 * SQLSTATE classes and codes that mean "the database is out of reach right now", not "this request is
 * wrong": connection exceptions (08), an administrator's shutdown or a restart (57P01-57P03), and the
 * pool's own timeout. Such a request can be retried as it is.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  /Client has encountered a connection error and is not queryable/,
  // pg's answer to a query sent on a connection that is being closed (as pooled connections are when the server goes).
  /Client was closed and is not queryable/,
  /Connection terminated/,
  /Connection ended unexpectedly/,
  /Timeout acquiring a connection/,
  /timeout expired/i,
  /the database system is (starting up|shutting down|in recovery mode)/,
  /\b(ECONNREFUSED|ECONNRESET|EPIPE)\b/,
];

/**
 * An Error of this realm or of Node's own: a refused connection is raised by Node's `net`, whose Error is
 * not the one code running in another realm sees (jest runs the server in a `vm` context), and an
 * `instanceof Error` check alone missed it there.
 */
function isError(value: unknown): value is Error {
  return value instanceof Error || types.isNativeError(value);
}

/** Whether `error` (or any error in its `cause` chain) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Follows `cause`, and `originalError` of a GraphQLError wrapping it (errors raised in subscriptions).
  for (let current = error, depth = 0; isError(current) && depth < 5; current = current.cause ?? (current as { originalError?: unknown }).originalError, depth += 1) {
    const { code, name } = current as Error & { code?: unknown };
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(current.message))) return true;
  }
  return false;
}
