import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import { DomainError, ErrorCode, ErrorReason, ForbiddenError } from '@prongsai/common';
import { isDatabaseUnavailable } from '@prongsai/database';
import { RETRY_AFTER_SECONDS } from '../graphql/execution-status.plugin';

/** Keyed by every code, so a new ErrorCode does not compile until it has a status. */
const HTTP_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
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
 * JSON 4xx with the same code, reason and field GraphQL would carry, instead of Nest's opaque 500; a database
 * that cannot be reached (restarting) becomes a 503 with Retry-After. Anything else goes to Nest's own
 * handling. GraphQL errors are left to the GraphQL formatter.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly adapterHost: HttpAdapterHost) {
    super(adapterHost.httpAdapter);
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const response = host.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>();
    if (error instanceof DomainError) {
      const body = httpErrorBody(error);
      this.adapterHost.httpAdapter.reply(response, body, body.statusCode);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      this.logger.warn(`database unavailable: ${String((error as { message?: unknown }).message)}`);
      const body = httpErrorBody(
        new DomainError(
          ErrorCode.SERVICE_UNAVAILABLE,
          ErrorReason.DATABASE_UNAVAILABLE,
          'The database is unavailable: try again in a moment',
        ),
      );
      response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      this.adapterHost.httpAdapter.reply(response, body, body.statusCode);
      return;
    }
    super.catch(error, host);
  }
}
