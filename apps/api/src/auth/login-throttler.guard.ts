import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError, ErrorCode, ErrorReason } from '@prongsai/common';

/**
 * Rate limits for signing in (GraphQL `login`/`refreshToken`, and the browser's `/session` routes): the
 * throttlers `login-ip` and `login-email` are declared in ApiModule; this guard teaches @nestjs/throttler to
 * find the request inside a GraphQL context, and makes an HTTP refusal the same JSON as every domain error.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType() === 'http') return super.getRequestResponse(context);
    const ctx = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res?: Record<string, unknown>;
    }>();
    // Apollo's express integration exposes `res` on the request; the throttler sets Retry-After headers on it.
    return { req: ctx.req, res: (ctx.res ?? ctx.req.res) as Record<string, unknown> };
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    // GraphQL and HTTP alike say how long to wait (the message, and `retryAfterSeconds` on GraphQL).
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw Object.assign(
      new DomainError(
        ErrorCode.TOO_MANY_REQUESTS,
        ErrorReason.TOO_MANY_ATTEMPTS,
        `Too many attempts, try again in ${seconds} seconds`,
      ),
      { retryAfterSeconds: seconds },
    );
  }
}

/** Throttler trackers: the client IP, and the (normalised) email being tried. */
export function ipTracker(req: Record<string, unknown>): string {
  return `ip:${typeof req.ip === 'string' ? req.ip : 'unknown'}`;
}

export function emailTracker(req: Record<string, unknown>, context: ExecutionContext): string {
  const source =
    context.getType() === 'http'
      ? (req.body as { email?: unknown } | undefined)
      : GqlExecutionContext.create(context).getArgs<{ email?: unknown }>();
  const email = source?.email;
  return `email:${typeof email === 'string' ? email.trim().toLowerCase() : 'none'}`;
}
