import { ErrorReason } from './error-reason';

/**
 * Error codes clients see in `extensions.code`. Libs throw `DomainError`s; one GraphQL error formatter
 * (apps/api) maps them, so services never import GraphQL.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** Not the request's fault and passing (the database restarting): HTTP 503. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/**
 * `code` is the broad class (what an HTTP status would say), `reason` the rule that was broken
 * (`extensions.reason`, what a client shows a message for). `reason` is required so that no throw site
 * can forget it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: ErrorReason,
    message: string,
    /** The offending input field, as a dotted path relative to the operation's arguments (e.g. `input.dueDate`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadInputError extends DomainError {
  constructor(field: string, reason: ErrorReason, message: string) {
    super(ErrorCode.BAD_USER_INPUT, reason, message, field);
  }
}

export class NotFoundError extends DomainError {
  /** `what` names the thing in the message (`Measure not found`); `reason` says the same for machines. */
  constructor(reason: ErrorReason, what: string) {
    super(ErrorCode.NOT_FOUND, reason, `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  /**
   * `requiredRoles`: the roles any one of which would have allowed the call (`extensions.requiredRoles`), so a
   * client can say whom to ask. It names what the operation needs, never whether the thing exists: the
   * answer is the same for another tenant's id and for one that does not exist.
   */
  constructor(
    reason: ErrorReason,
    message = 'You do not have access to this resource',
    readonly requiredRoles?: readonly string[],
  ) {
    super(ErrorCode.FORBIDDEN, reason, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason: ErrorReason, message = 'Authentication required') {
    super(ErrorCode.UNAUTHENTICATED, reason, message);
  }
}
