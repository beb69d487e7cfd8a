import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { RefreshToken } from './refresh-token.entity';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
}

interface AccessClaims {
  sub: string;
  typ: 'access';
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Short-lived JWT access tokens and opaque rotating refresh tokens. A refresh token is good exactly once;
 * presenting a used one means it was copied, so every token of its family (one login) is revoked.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    userId: string,
    familyId: string = randomUUID(),
    em: EntityManager = this.ds.manager,
  ): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTtlDays * 86_400_000);
    await em.insert(RefreshToken, { userId, familyId, tokenHash: sha256(refreshToken), expiresAt });
    const accessToken = await this.jwt.signAsync({ sub: userId, typ: 'access' } satisfies AccessClaims, {
      expiresIn: this.config.auth.accessTtlSeconds,
    });
    return { accessToken, refreshToken };
  }

  /** Returns the user id of a valid access token, or throws UNAUTHENTICATED (expired, tampered, wrong kind). */
  async verifyAccess(token: string): Promise<string> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new Error('not an access token');
      return claims.sub;
    } catch (error) {
      // Told apart so a client refreshes an expired token silently but signs in again after a bad one.
      const reason =
        error instanceof TokenExpiredError ? ErrorReason.TOKEN_EXPIRED : ErrorReason.TOKEN_INVALID;
      throw new UnauthenticatedError(reason, 'Invalid or expired access token');
    }
  }

  /** Rotates a refresh token: returns the user id and new tokens, or throws UNAUTHENTICATED. */
  async rotate(presented: string): Promise<{ userId: string; tokens: IssuedTokens }> {
    const invalid = new UnauthenticatedError(
      ErrorReason.REFRESH_TOKEN_INVALID,
      'Invalid or expired refresh token',
    );
    const outcome = await this.ds.transaction(async (em) => {
      const row = await em.findOne(RefreshToken, {
        where: { tokenHash: sha256(presented) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return { kind: 'invalid' as const };
      if (row.usedAt || row.revokedAt) {
        // Reuse of a rotated (or revoked) token: treat the whole login as compromised.
        await em.update(
          RefreshToken,
          { familyId: row.familyId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
        return { kind: 'reused' as const };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      await em.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      const tokens = await this.issue(row.userId, row.familyId, em);
      return { kind: 'ok' as const, userId: row.userId, tokens };
    });
    // Thrown after the transaction so the family revocation above is committed.
    if (outcome.kind !== 'ok') throw invalid;
    return { userId: outcome.userId, tokens: outcome.tokens };
  }

  /**
   * Signing out: revokes every refresh token of the login (family) the presented one belongs to, used or
   * not, so no copy of any of them works again. Returns the user id, or null for an unknown token (signing
   * out twice is not an error).
   */
  async revoke(presented: string): Promise<string | null> {
    const row = await this.ds.manager.findOne(RefreshToken, { where: { tokenHash: sha256(presented) } });
    if (!row) return null;
    await this.ds.manager.update(
      RefreshToken,
      { familyId: row.familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return row.userId;
  }
}
