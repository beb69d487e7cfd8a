import { JwtService } from '@nestjs/jwt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthService, TokenService } from '@prongsai/auth';
import { Role } from '@prongsai/common';
import { AppConfig } from '@prongsai/config';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';
const COOKIE = 'prongsai_queues';
const SESSION_SECONDS = 15 * 60;

interface SessionClaims {
  sub: string;
  typ: 'queue-dashboard';
}

type NextFunction = (err?: unknown) => void;

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * Guards the queue dashboard (bull-board at /admin/queues), which is a browser UI and so cannot send the API's
 * bearer token on every page and asset request:
 * - `POST /admin/queues/session` with `Authorization: Bearer <ADMIN access token>` answers 204 and sets a
 *   15-minute cookie (HttpOnly, SameSite=Strict, Path=/admin/queues; Secure when APP_URL is https) holding a
 *   signed token of its own type, which the GraphQL API does not accept;
 * - every other request needs that cookie or an ADMIN bearer token (for scripts).
 * The ADMIN membership is checked on every request, so a revoked admin loses the dashboard at once.
 */
function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${text}\n`);
}

export function queueDashboardAuth(config: AppConfig, tokens: TokenService, auth: AuthService) {
  const sessions = new JwtService({ secret: config.auth.jwtSecret, signOptions: { algorithm: 'HS256' } });
  const secure = config.http.appUrl.startsWith('https:');

  const userFrom = async (req: IncomingMessage): Promise<string | null> => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (bearer) return tokens.verifyAccess(bearer[1].trim()).catch(() => null);
    const cookie = cookieValue(req, COOKIE);
    if (!cookie) return null;
    try {
      const claims = await sessions.verifyAsync<SessionClaims>(cookie, { algorithms: ['HS256'] });
      return claims.typ === 'queue-dashboard' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  };

  return async (req: IncomingMessage, res: ServerResponse, next: NextFunction): Promise<void> => {
    try {
      const userId = await userFrom(req);
      const actor = userId ? await auth.loadActor(userId).catch(() => null) : null;
      if (!actor) {
        return plain(
          res,
          401,
          'Sign in first: POST /admin/queues/session with an ADMIN access token (Authorization: Bearer …).',
        );
      }
      if (!actor.memberships.some((m) => m.role === Role.ADMIN)) {
        return plain(res, 403, 'The queue dashboard is for ADMIN only.');
      }
      // Mounted at the dashboard route, so req.url is relative to it.
      const path = new URL(req.url ?? '/', 'http://local').pathname.replace(/\/$/, '');
      if (req.method === 'POST' && path === '/session') {
        const token = await sessions.signAsync(
          { sub: actor.userId, typ: 'queue-dashboard' } satisfies SessionClaims,
          {
            expiresIn: SESSION_SECONDS,
          },
        );
        const attributes = [
          `Path=${QUEUE_DASHBOARD_ROUTE}`,
          `Max-Age=${SESSION_SECONDS}`,
          'HttpOnly',
          'SameSite=Strict',
        ];
        if (secure) attributes.push('Secure');
        res.statusCode = 204;
        res.setHeader('Set-Cookie', `${COOKIE}=${encodeURIComponent(token)}; ${attributes.join('; ')}`);
        res.end();
        return;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}
