import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { RefreshToken } from './refresh-token.entity';
import { SessionRevocation } from './session-revocation.service';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
}

interface AccessClaims {
  sub: string;
  typ: 'access';
  /** The session: the login's refresh-token family, so that ending the login ends its access tokens. */
  sid: string;
}

/** What a verified access token says. */
export interface VerifiedAccess {
  userId: string;
  sessionId: string;
  /** Seconds since the epoch (the `exp` claim, always present). */
  expiresAt: number;
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
    private readonly revocation: SessionRevocation,
  ) {}

  async issue(
    userId: string,
    familyId: string = randomUUID(),
    em: EntityManager = this.ds.manager,
  ): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTtlDays * 86_400_000);
    await em.insert(RefreshToken, { userId, familyId, tokenHash: sha256(refreshToken), expiresAt });
    const claims: AccessClaims = { sub: userId, typ: 'access', sid: familyId };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.config.auth.accessTtlSeconds,
    });
    return { accessToken, refreshToken };
  }

  /** Returns the user id of a valid access token, or throws UNAUTHENTICATED (expired, tampered, wrong kind). */
  async verifyAccess(token: string): Promise<string> {
    return (await this.verifyAccessClaims(token)).userId;
  }

  /**
   * Verifies an access token: signature (HS256 only), kind, an `exp` (a token without one would never
   * expire: refused), a session id, and that its session was not ended (signed out, revoked).
   */
  async verifyAccessClaims(token: string): Promise<VerifiedAccess> {
    const verified = await this.verifyAccessSignature(token);
    await this.assertSessionActive(verified.sessionId);
    return verified;
  }

  /**
   * The token's signature, kind, expiry and session id — not yet whether the session was ended: callers that
   * have other work for the request (the access guard reads the actor) run `assertSessionActive` beside it
   * instead of one after the other.
   */
  async verifyAccessSignature(token: string): Promise<VerifiedAccess> {
    let claims: AccessClaims & { exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync<AccessClaims & { exp?: unknown }>(token, { algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new Error('not an access token');
      if (typeof claims.exp !== 'number') throw new Error('no expiry');
      if (typeof claims.sid !== 'string' || claims.sid === '') throw new Error('no session');
    } catch (error) {
      // Told apart so a client refreshes an expired token silently but signs in again after a bad one.
      const reason =
        error instanceof TokenExpiredError ? ErrorReason.TOKEN_EXPIRED : ErrorReason.TOKEN_INVALID;
      throw new UnauthenticatedError(reason, 'Invalid or expired access token');
    }
    return { userId: claims.sub, sessionId: claims.sid, expiresAt: claims.exp };
  }

  /** UNAUTHENTICATED (SESSION_REVOKED) when the session was ended: signed out, revoked, removed. */
  async assertSessionActive(sessionId: string): Promise<void> {
    if (await this.revocation.isRevoked(sessionId)) {
      throw new UnauthenticatedError(ErrorReason.SESSION_REVOKED, 'This session has ended: sign in again');
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
        return { kind: 'reused' as const, familyId: row.familyId };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      await em.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      const tokens = await this.issue(row.userId, row.familyId, em);
      return { kind: 'ok' as const, userId: row.userId, tokens };
    });
    // Thrown after the transaction so the family revocation above is committed.
    if (outcome.kind === 'reused') await this.revocation.revokeSession(outcome.familyId);
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
    // Its access tokens end now too, not when they expire.
    await this.revocation.revokeSession(row.familyId);
    return row.userId;
  }

  /**
   * Ends every session of a user (e.g. removed from an organization, disabled): their refresh tokens are
   * revoked and their access tokens refused at once; they sign in again and get what their memberships
   * allow now. `em` lets a caller do it inside its own transaction (the deny-list is written after).
   */
  async revokeAllSessions(userId: string, em: EntityManager = this.ds.manager): Promise<void> {
    const rows = await em
      .createQueryBuilder(RefreshToken, 'r')
      .select('DISTINCT r.family_id', 'familyId')
      .where('r.user_id = :userId AND r.expires_at > now()', { userId })
      .getRawMany<{ familyId: string }>();
    await em.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.revocation.revokeSessions(rows.map((r) => r.familyId));
  }
}
