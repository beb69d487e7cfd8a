import { Body, Controller, Delete, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { CookieOptions, Request, Response } from 'express';
import { AuthResult, AuthService, TokenService } from '@prongsai/auth';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { BadInputError, ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { Public } from './access-policy.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';

/** The refresh token's cookie: only ever sent to /session, never readable by scripts. */
export const SESSION_COOKIE = 'prongsai_refresh';
const SESSION_PATH = '/session';

export interface SessionPayload {
  accessToken: string;
  /** Seconds until the access token expires: the web app refreshes a little before. */
  expiresIn: number;
  user: { id: string; email: string; displayName: string };
}

/**
 * The browser's session, beside GraphQL's `login`/`refreshToken` (which hand the refresh token to the
 * caller, for scripts and integrations). Here the refresh token lives in an `HttpOnly; Secure;
 * SameSite=Strict` cookie scoped to `/session`: no script can read it, no other site can send it, and a
 * reload keeps the person signed in by calling `POST /session/refresh`; the access token stays in the page's
 * memory only. Rotation and reuse detection are the same as for `refreshToken`.
 */
@Controller('session')
@UseGuards(LoginThrottlerGuard)
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sign in: `{ email, password }`. Unknown user and wrong password answer the same 401. */
  @Public()
  @Post()
  @HttpCode(200)
  async signIn(@Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<SessionPayload> {
    const { email, password } = (body ?? {}) as Record<string, unknown>;
    if (typeof email !== 'string' || email.trim() === '') {
      throw new BadInputError('email', ErrorReason.EMPTY_TEXT, 'email is required');
    }
    if (typeof password !== 'string' || password === '') {
      throw new BadInputError('password', ErrorReason.EMPTY_TEXT, 'password is required');
    }
    return this.begin(res, await this.auth.login(email, password));
  }

  /** A new access token from the cookie (rotated). 401 when there is none or it is no longer valid. */
  @Public()
  @SkipThrottle({ 'login-email': true })
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionPayload> {
    const presented = this.cookieOf(req);
    if (!presented) {
      throw new UnauthenticatedError(ErrorReason.REFRESH_TOKEN_INVALID, 'Not signed in');
    }
    try {
      return this.begin(res, await this.auth.refresh(presented));
    } catch (err) {
      // A dead cookie is of no use to the browser: drop it so the next load goes straight to sign-in.
      res.clearCookie(SESSION_COOKIE, this.cookieOptions());
      throw err;
    }
  }

  /** Sign out: the login's refresh tokens are revoked and the cookie cleared (also when already signed out). */
  @Public()
  @SkipThrottle({ 'login-email': true, 'login-ip': true })
  @Delete()
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const presented = this.cookieOf(req);
    if (presented) await this.tokens.revoke(presented);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  private begin(res: Response, result: AuthResult): SessionPayload {
    return beginBrowserSession(res, result, this.config);
  }

  private cookieOf(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  private cookieOptions(): CookieOptions {
    return sessionCookieOptions();
  }
}

/**
 * Hands a signed-in result to the browser: the refresh token into the cookie, the access token in the body.
 * Shared with the routes that sign a person in another way (accepting an invitation, resetting a password).
 */
export function beginBrowserSession(res: Response, result: AuthResult, config: AppConfig): SessionPayload {
  res.cookie(SESSION_COOKIE, result.refreshToken, {
    ...sessionCookieOptions(),
    maxAge: config.auth.refreshTtlDays * 86_400_000,
  });
  // Never cached: the body holds a bearer token.
  res.setHeader('Cache-Control', 'no-store');
  return {
    accessToken: result.accessToken,
    expiresIn: config.auth.accessTtlSeconds,
    user: { id: result.user.id, email: result.user.email, displayName: result.user.displayName },
  };
}

function sessionCookieOptions(): CookieOptions {
  // Secure always: browsers accept Secure cookies from http://localhost and 127.0.0.1 too, so development
  // and the browser tests run the production setting.
  return { httpOnly: true, secure: true, sameSite: 'strict', path: SESSION_PATH };
}
