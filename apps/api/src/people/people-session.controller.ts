import { Body, Controller, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { InvitationsService, PasswordsService } from '@prongsai/people';
import { Public } from '../auth/access-policy.decorator';
import { LoginThrottlerGuard } from '../auth/login-throttler.guard';
import { beginBrowserSession, SessionPayload } from '../auth/session.controller';

/**
 * The browser's side of `acceptInvitation` and `resetPassword`: the same services, but the result becomes a
 * browser session (refresh token in the HttpOnly `/session` cookie, access token in the body) instead of
 * handing the refresh token to the page's script, which must never hold one. Signing in again with the new
 * password would work too, but would leave the link's own refresh token orphaned and cost a second
 * password hash. Rate-limited per IP like signing in (the body has no email to key on).
 */
@Controller('session')
@UseGuards(LoginThrottlerGuard)
@SkipThrottle({ 'login-email': true })
export class PeopleSessionController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly passwords: PasswordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `{ token, password }` from `/invitations/:token`: a new account, or an existing one's own password. */
  @Public()
  @Post('invitation')
  @HttpCode(200)
  async acceptInvitation(
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionPayload> {
    const { token, password } = linkBody(body);
    return beginBrowserSession(res, await this.invitations.accept(token, password), this.config);
  }

  /** `{ token, password }` from `/reset-password/:token`: every other session of the account ends. */
  @Public()
  @Post('password-reset')
  @HttpCode(200)
  async resetPassword(
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionPayload> {
    const { token, password } = linkBody(body);
    return beginBrowserSession(res, await this.passwords.reset(token, password), this.config);
  }
}

function linkBody(body: unknown): { token: string; password: string } {
  const { token, password } = (body ?? {}) as Record<string, unknown>;
  if (typeof token !== 'string' || token === '') {
    throw new BadInputError('token', ErrorReason.TOKEN_NOT_VALID, 'token is required');
  }
  if (typeof password !== 'string' || password === '') {
    throw new BadInputError('password', ErrorReason.EMPTY_TEXT, 'password is required');
  }
  return { token, password };
}
