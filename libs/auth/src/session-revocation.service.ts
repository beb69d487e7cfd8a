import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { REDIS_CLIENT } from '@prongsai/jobs';

/** A revocation lookup is on every authenticated request: past this time it is skipped (and logged). */
const REDIS_TIMEOUT_MS = 250;

/**
 * The deny-list of ended sessions. An access token carries its session id (`sid`, the login's refresh-token
 * family), so ending a session — signing out, refresh-token reuse, removing a member — refuses its access
 * tokens at once instead of when they expire. Entries live in Redis, shared by every API process, for the
 * longest an access token of the session can still live (JWT_ACCESS_TTL_SECONDS), then expire on their own.
 *
 * If Redis does not answer a lookup within 250 ms the token is accepted (logged at warn): a Redis outage
 * must not sign everyone out, and an access token outlives a revocation by at most its 15 minutes.
 * Processes without Redis (one-off scripts) can revoke nothing and find nothing revoked.
 */
@Injectable()
export class SessionRevocation {
  private readonly logger = new Logger(SessionRevocation.name);
  private lastWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(REDIS_CLIENT) private readonly redis?: Redis,
  ) {}

  /**
   * Ends a session's access tokens now. `ttlSeconds` is how long its newest token may still live (a token's
   * `exp` minus now, when known; by default the whole access-token lifetime).
   */
  async revokeSession(sessionId: string, ttlSeconds = this.config.auth.accessTtlSeconds): Promise<void> {
    if (!this.redis) return;
    await this.redis.set(this.key(sessionId), '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async revokeSessions(sessionIds: readonly string[]): Promise<void> {
    await Promise.all(sessionIds.map((id) => this.revokeSession(id)));
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    if (!this.redis) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const found = await Promise.race([
        this.redis.exists(this.key(sessionId)),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), REDIS_TIMEOUT_MS);
        }),
      ]);
      if (found === null) return this.unchecked('Redis did not answer in time');
      return found === 1;
    } catch (err) {
      return this.unchecked((err as Error).message);
    } finally {
      clearTimeout(timer);
    }
  }

  private key(sessionId: string): string {
    // Scoped by database: session ids are unique within one (tests run many databases on one Redis).
    return `${this.config.redis.queuePrefix}:revoked-session:${this.config.database.databaseName}:${sessionId}`;
  }

  private unchecked(why: string): false {
    if (Date.now() - this.lastWarning > 10_000) {
      this.lastWarning = Date.now();
      this.logger.warn(`session revocation not checked (${why}): access tokens accepted`);
    }
    return false;
  }
}
