import { Injectable } from '@nestjs/common';
import { AuthService, TokenService } from '@prongsai/auth';
import { Role } from '@prongsai/common';

/** Who sent an operation, as far as the guardrails need to know before any resolver (and the guard) runs. */
export interface GraphqlCaller {
  /** What budgets are kept under: `user:<id>` for a valid access token, else `ip:<address>`. */
  key: string;
  userId?: string;
}

interface RequestLike {
  headers?: Record<string, string | string[] | undefined>;
  ip?: string;
}

const CALLER = Symbol('prongsai.graphqlCaller');
const ADMIN = Symbol('prongsai.graphqlCallerIsAdmin');

type CallerCache = { [CALLER]?: Promise<GraphqlCaller>; [ADMIN]?: Promise<boolean> };

/**
 * Identifies the caller of a GraphQL request for the cost limits, the budget and introspection. It verifies
 * the bearer token the same way the AccessGuard will (an invalid token counts as anonymous here; the guard
 * then refuses it), once per request: the answer is cached on the request's context.
 */
@Injectable()
export class GraphqlCallers {
  constructor(
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
  ) {}

  identify(context: object): Promise<GraphqlCaller> {
    const cache = context as CallerCache;
    cache[CALLER] ??= this.resolve((context as { req?: RequestLike }).req);
    return cache[CALLER];
  }

  /** Whether the caller is a signed-in ADMIN (one membership read, only when a limit depends on it). */
  isAdmin(context: object): Promise<boolean> {
    const cache = context as CallerCache;
    cache[ADMIN] ??= this.identify(context).then(async ({ userId }) => {
      if (!userId) return false;
      try {
        const actor = await this.auth.loadActor(userId);
        return actor.memberships.some((m) => m.role === Role.ADMIN);
      } catch {
        return false;
      }
    });
    return cache[ADMIN];
  }

  private async resolve(req: RequestLike | undefined): Promise<GraphqlCaller> {
    const anonymous = { key: `ip:${req?.ip ?? 'unknown'}` };
    const header = req?.headers?.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header) : null;
    if (!match) return anonymous;
    try {
      const userId = await this.tokens.verifyAccess(match[1].trim());
      return { key: `user:${userId}`, userId };
    } catch {
      return anonymous;
    }
  }
}
