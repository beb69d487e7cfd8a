import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@prongsai/audit';
import { AuthResult, hashPassword, TokenService, User, verifyPassword } from '@prongsai/auth';
import { Actor, BadInputError, ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { applyTenantContext, TenantTransaction } from '@prongsai/database';
import { OutboxService } from '@prongsai/outbox';
import { normalizeEmail } from './email-address';
import { passwordResetEmail } from './email-kinds/password-reset/password-reset.kind';
import { hashLinkToken, LinkTokenSeal, newLinkToken } from './link-token';
import { assertPasswordAllowed, PASSWORD_MAX_LENGTH } from './password-policy';
import { PeopleRateLimits } from './people-rate-limits';
import { updateReturning } from './sql-rows';
import { asSystemWithin } from './system-within';

export const RESET_TTL_MS = 3_600_000;
/**
 * requestPasswordReset answers no sooner than this, known email or not: the work for a known one (a token,
 * an outbox row) takes a few milliseconds more, and the floor hides it.
 */
export const RESET_REQUEST_FLOOR_MS = 250;

/**
 * Passwords: reset by an emailed link (1 hour, once, hashed; a newer request supersedes older links; using
 * it revokes every refresh token of the account) and changed by the signed-in user. New passwords follow
 * the rules of password-policy.ts. No password, token or hash is ever logged.
 */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly limits: PeopleRateLimits,
    private readonly outbox: OutboxService,
    private readonly seal: LinkTokenSeal,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  /** Always true (unless rate-limited, which counts unknown emails the same): mails only a known, active account. */
  async requestReset(emailInput: string, ip: string): Promise<true> {
    const started = Date.now();
    const email =
      normalizeEmail(emailInput) ??
      String(emailInput ?? '')
        .trim()
        .toLowerCase()
        .slice(0, 320);
    await this.limits.passwordReset(email, ip);
    try {
      const emailIds = await this.tx.run(async (em) => {
        const user = await em.findOne(User, { where: { email } });
        if (!user || user.disabled) return [];
        // Older links of the account stop working: only the newest reset is usable.
        await em.query(
          `UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
          [user.id],
        );
        const token = newLinkToken();
        const [row] = await em.query<{ id: string }[]>(
          `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
          [user.id, hashLinkToken(token), new Date(Date.now() + RESET_TTL_MS)],
        );
        return asSystemWithin(em, this.tx.context, () =>
          this.outbox.add(em, [passwordResetEmail({ id: row.id, userId: user.id }, this.seal.seal(token))]),
        );
      });
      await this.outbox.dispatch(emailIds);
    } catch (err) {
      // The answer stays the same; the failure is ours to see.
      this.logger.error({ err: (err as Error).message }, 'password reset request failed');
    }
    const wait = RESET_REQUEST_FLOOR_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return true;
  }

  /** Sets the password of the link's account, once, and signs it in afresh (every other session ends). */
  async reset(token: string, password: string): Promise<AuthResult> {
    const invalid = new BadInputError(
      'token',
      ErrorReason.TOKEN_NOT_VALID,
      'ลิงก์ตั้งรหัสผ่านใหม่ไม่ถูกต้อง ถูกใช้ไปแล้ว หรือหมดอายุ',
    );
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) throw invalid;
    const tokenHash = hashLinkToken(token);
    const [found] = await this.tx.run((em) =>
      em.query<{ email: string }[]>(
        `SELECT u.email FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND NOT u.disabled`,
        [tokenHash],
      ),
    );
    if (!found) throw invalid;
    assertPasswordAllowed(password, found.email, 'password');
    const passwordHash = await hashPassword(password);
    const result = await this.tx.run(async (em) => {
      // The claim: one UPDATE, so a link works once even when used twice at the same instant.
      const [claimed] = await updateReturning<{ user_id: string }>(
        em,
        `UPDATE password_reset_tokens SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [tokenHash],
      );
      const userId = claimed?.user_id;
      if (!userId) return null;
      await this.setPassword(em, userId, passwordHash, 'password.reset');
      const revoked = await revokeRefreshTokens(em, userId);
      const user = await em.findOneOrFail(User, { where: { id: userId } });
      this.logger.log({ userId, revokedRefreshTokens: revoked }, 'password reset');
      return { user, ...(await this.tokens.issue(userId, undefined, em)) };
    });
    if (!result) throw invalid;
    return result;
  }

  /** Keeps the caller's sessions (the refresh token in hand stays good); a reset is what ends them all. */
  async change(actor: Actor, currentPassword: string, newPassword: string): Promise<true> {
    const user = await this.tx.run((em) => em.findOne(User, { where: { id: actor.userId } }));
    if (!user) throw new UnauthenticatedError(ErrorReason.TOKEN_INVALID);
    if (
      typeof currentPassword !== 'string' ||
      currentPassword.length > PASSWORD_MAX_LENGTH * 4 ||
      !(await verifyPassword(user.passwordHash, currentPassword))
    )
      throw new BadInputError('currentPassword', ErrorReason.WRONG_CURRENT_PASSWORD, 'รหัสผ่านปัจจุบันไม่ถูกต้อง');
    assertPasswordAllowed(newPassword, user.email, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.tx.run((em) => this.setPassword(em, user.id, passwordHash, 'password.changed'));
    return true;
  }

  /** Audited in each LAO the account belongs to (an account belongs to no tenant of its own). */
  private async setPassword(em: EntityManager, userId: string, passwordHash: string, action: string) {
    await em.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
    const previous = this.tx.context;
    await applyTenantContext(em, { kind: 'user', userId });
    const orgs = await em.query<{ organization_id: string }[]>(
      `SELECT DISTINCT organization_id FROM memberships WHERE user_id = $1 AND organization_id IS NOT NULL`,
      [userId],
    );
    await this.audit.record(
      orgs.map((o) => ({
        organizationId: o.organization_id,
        actorUserId: userId,
        action,
        entityType: 'user',
        entityId: userId,
      })),
    );
    await applyTenantContext(em, previous);
  }
}

/** Every refresh token of the account stops working (access tokens end with their 15 minutes). */
export async function revokeRefreshTokens(em: EntityManager, userId: string): Promise<number> {
  const rows = await updateReturning<{ id: string }>(
    em,
    `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
    [userId],
  );
  return rows.length;
}
