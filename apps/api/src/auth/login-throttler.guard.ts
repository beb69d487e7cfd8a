import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate limits for `login` (and `refreshToken`): the throttlers `login-ip` and `login-email` are declared in
 * ApiModule; this guard only teaches @nestjs/throttler to find the request inside a GraphQL context.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res?: Record<string, unknown>;
    }>();
    // Apollo's express integration exposes `res` on the request; the throttler sets Retry-After headers on it.
    return { req: ctx.req, res: (ctx.res ?? ctx.req.res) as Record<string, unknown> };
  }
}

/** Throttler trackers: the client IP, and the (normalised) email being tried. */
export function ipTracker(req: Record<string, unknown>): string {
  return `ip:${typeof req.ip === 'string' ? req.ip : 'unknown'}`;
}

export function emailTracker(_req: Record<string, unknown>, context: ExecutionContext): string {
  const args = GqlExecutionContext.create(context).getArgs<{ email?: unknown }>();
  return `email:${typeof args.email === 'string' ? args.email.trim().toLowerCase() : 'none'}`;
}
