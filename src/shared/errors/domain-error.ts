/**
 * The codes a client can rely on in `errors[].extensions.code`. Domain folders throw `DomainError`s with
 * these codes; `format-error.ts` is the one place that turns any error into what the client sees.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The same person may not both propose and approve an aid grant. */
  FOUR_EYES_REQUIRED = 'FOUR_EYES_REQUIRED',
  /** The aid grant is not in a status that pays (PROPOSED, SUSPENDED, TERMINATED). */
  GRANT_NOT_PAYABLE = 'GRANT_NOT_PAYABLE',
  /** A payment would take a share past the programme year's amount. */
  ENTITLEMENT_EXCEEDED = 'ENTITLEMENT_EXCEEDED',
  /**
   * The database is briefly out of reach (restarting, failing over, every connection busy): retry the
   * same request shortly; `extensions.retryable` is true. Requests with an idempotency key never store twice.
   */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Extra, safe-to-show facts for the client, such as the offending field. */
export type ErrorDetails = Record<string, string | number | boolean | string[] | null>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send a valid staff token as "Authorization: Bearer <token>".') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this operation.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/**
 * Also what a caller gets for a record they may not see: the answer must not reveal that it exists.
 */
export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} with id ${id} was found.`, { id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

/** Too many requests from one client address in a window; says when to try again. */
export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many requests from your address: try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

/** The database could not be reached in time; the request may be retried as it is. */
export class ServiceUnavailableError extends DomainError {
  constructor(
    message = 'The database is briefly unavailable. Retry the same request in a few seconds; with the same idempotencyKey a report is never stored twice.',
  ) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { retryable: true, retryAfterSeconds: 1 });
  }
}
