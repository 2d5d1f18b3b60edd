import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { DriverException, NotFoundError as EntityNotFoundError, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logger';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError, ErrorCode, ServiceUnavailableError } from './domain-error';

/** Codes that GraphQL itself or Apollo give to problems with the request; safe to pass on as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_NOT_ALLOWED',
]);

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/**
 * The one place where errors become what a client sees. Known errors keep their message and get a code;
 * anything unexpected is logged in full and answered as INTERNAL_SERVER_ERROR with a correlation id,
 * so no SQL, stack trace or file path ever reaches a client.
 */
export class ErrorFormatter {
  private readonly correlationIds = new WeakMap<object, string>();

  constructor(private readonly logger: Logger) {}

  /** For Apollo's `formatError`. */
  readonly formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let cause = unwrapResolverError(error);
    if (!(cause instanceof DomainError) && isDatabaseUnavailable(cause)) cause = this.unavailable(cause);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (cause instanceof DomainError) {
      return { ...base, message: cause.message, extensions: { code: cause.code, ...cause.details } };
    }
    if (cause instanceof ArgumentValidationError) {
      const failures = (cause.extensions.validationErrors ?? []) as ValidationFailure[];
      return {
        ...base,
        message: `Invalid input: ${describeValidationFailures(failures).join('; ')}`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: flattenValidationFailures(failures) },
      };
    }
    if (cause instanceof EntityNotFoundError) {
      return { ...base, message: 'The record was not found.', extensions: { code: ErrorCode.NOT_FOUND } };
    }
    if (cause instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'A record with the same unique value already exists.', extensions: { code: ErrorCode.CONFLICT } };
    }
    if (isExclusionViolation(cause)) {
      return {
        ...base,
        message: 'That time is already taken: someone in it has another booking that overlaps. Pick another time.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (cause instanceof OptimisticLockError) {
      return {
        ...base,
        message: 'Someone else changed this record since you read it: reload it and try again.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (cause instanceof GraphQLError && !cause.path && cause.message.startsWith('Too many errors processing variables')) {
      // graphql-js stops coercing variables after 50 errors and says so without a code.
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const code = formatted.extensions?.code;
    const fromRequest = cause instanceof GraphQLError || !(cause instanceof Error);
    if (fromRequest && typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || isKnownDomainCode(code))) {
      // A refusal from context creation (src/server.ts) keeps the fact that it may be retried.
      return { ...base, extensions: code === ErrorCode.SERVICE_UNAVAILABLE ? { code, retryable: true, retryAfterSeconds: 1 } : { code } };
    }
    if (cause instanceof GraphQLError && code === undefined && !cause.path && !cause.originalError) {
      // graphql-js validation errors arriving over WebSocket carry no code.
      return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    }
    const correlationId = this.correlationIdFor(cause);
    return {
      message: `Internal server error. Quote correlation id ${correlationId} when you report it.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };

  /** For errors that did not pass through Apollo (graphql-ws). */
  format(error: GraphQLError): GraphQLFormattedError {
    return this.formatError(error.toJSON(), error);
  }

  /**
   * Logs unexpected errors with the request's logger (and so its request id) before they are formatted.
   */
  plugin(): ApolloServerPlugin<{ logger: Logger }> {
    return {
      requestDidStart: async () => ({
        didEncounterErrors: async ({ errors, contextValue }) => {
          for (const error of errors) {
            const cause = unwrapResolverError(error);
            if (isDatabaseUnavailable(cause) && !(cause instanceof DomainError)) this.unavailable(cause, contextValue?.logger);
            else if (this.isUnexpected(cause)) this.correlationIdFor(cause, contextValue?.logger);
          }
        },
      }),
    };
  }

  /** A lost database is logged (once per error) as a warning, not as a bug, and answered as retryable. */
  private unavailable(cause: unknown, logger: Logger = this.logger): ServiceUnavailableError {
    const key = typeof cause === 'object' && cause !== null ? cause : undefined;
    if (!key || !this.correlationIds.has(key)) {
      if (key) this.correlationIds.set(key, 'unavailable');
      logger.warn({ err: cause }, 'the database is unavailable; the request was answered SERVICE_UNAVAILABLE');
    }
    return new ServiceUnavailableError();
  }

  private isUnexpected(cause: unknown): boolean {
    if (isDatabaseUnavailable(cause)) return false;
    // Bad requests (invalid variables wrapped by Apollo, validation) are the client's: not logged as errors.
    if (cause instanceof GraphQLError && !cause.path && REQUEST_ERROR_CODES.has(String(cause.extensions?.code))) return false;
    if (cause instanceof DomainError || cause instanceof ArgumentValidationError) return false;
    if (cause instanceof EntityNotFoundError || cause instanceof UniqueConstraintViolationException) return false;
    if (cause instanceof OptimisticLockError || isExclusionViolation(cause)) return false;
    return !(cause instanceof GraphQLError) || Boolean(cause.originalError) || Boolean(cause.path);
  }

  private correlationIdFor(cause: unknown, logger: Logger = this.logger): string {
    const key = typeof cause === 'object' && cause !== null ? cause : undefined;
    const known = key && this.correlationIds.get(key);
    if (known) return known;
    const correlationId = randomUUID();
    if (key) this.correlationIds.set(key, correlationId);
    logger.error({ err: cause, correlationId }, 'unexpected error while serving a GraphQL request');
    return correlationId;
  }
}

/** SQLSTATE 23P01: an exclusion constraint (e.g. no two overlapping bookings of one person) refused a row. */
function isExclusionViolation(cause: unknown): boolean {
  return cause instanceof DriverException && cause.code === '23P01';
}

function isKnownDomainCode(code: string): boolean {
  return code !== ErrorCode.INTERNAL_SERVER_ERROR && (Object.values(ErrorCode) as string[]).includes(code);
}

function flattenValidationFailures(failures: ValidationFailure[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const failure of failures) {
    const name = prefix ? `${prefix}.${failure.property}` : failure.property;
    if (failure.constraints) fields[name] = Object.values(failure.constraints);
    Object.assign(fields, flattenValidationFailures(failure.children ?? [], name));
  }
  return fields;
}

function describeValidationFailures(failures: ValidationFailure[]): string[] {
  return Object.values(flattenValidationFailures(failures)).flat();
}
