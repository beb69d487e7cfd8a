import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError, ErrorCode, ErrorReason, ForbiddenError } from '@prongsai/common';

/** Keyed by every code, so a new ErrorCode does not compile until it has a status. */
const HTTP_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

export interface HttpErrorBody {
  statusCode: number;
  code: ErrorCode;
  reason: ErrorReason;
  field?: string;
  /** FORBIDDEN: the roles any one of which would have allowed the call. */
  requiredRoles?: readonly string[];
  message: string;
}

export function httpErrorBody(error: DomainError): HttpErrorBody {
  return {
    statusCode: HTTP_STATUS[error.code],
    code: error.code,
    reason: error.reason,
    ...(error.field ? { field: error.field } : {}),
    ...(error instanceof ForbiddenError && error.requiredRoles ? { requiredRoles: error.requiredRoles } : {}),
    message: error.message,
  };
}

/**
 * The HTTP counterpart of `formatGraphqlError`: a DomainError thrown by the guard or a controller becomes a
 * JSON 4xx with the same code, reason and field GraphQL would carry, instead of Nest's opaque 500. GraphQL
 * errors are left to the GraphQL formatter.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter<DomainError> {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: DomainError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const body = httpErrorBody(error);
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), body, body.statusCode);
  }
}
