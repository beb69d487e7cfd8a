import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';
import { DomainError, ErrorCode, ErrorReason } from '@prongsai/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { REDIS_CLIENT } from '@prongsai/jobs';

const HOUR_MS = 3_600_000;

export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      ErrorCode.TOO_MANY_REQUESTS,
      ErrorReason.TOO_MANY_ATTEMPTS,
      `ทำรายการบ่อยเกินไป กรุณาลองใหม่ในอีก ${Math.ceil(retryAfterSeconds / 60)} นาที`,
    );
  }
}

/**
 * The people flows' rate limits, counted in Redis (the @nest-lab/throttler-storage-redis Lua counter: one
 * atomic INCR-and-expire per hit), so every API process shares them: invitations per inviter per hour,
 * password-reset requests per email and per client IP per hour. Keys live under QUEUE_PREFIX.
 */
@Injectable()
export class PeopleRateLimits {
  private readonly storage: ThrottlerStorageRedisService;

  constructor(
    @Inject(REDIS_CLIENT) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.storage = new ThrottlerStorageRedisService(redis);
  }

  invitation(inviterUserId: string): Promise<void> {
    return this.hit('invite', `user:${inviterUserId}`, this.config.people.invitationsPerHour);
  }

  /** Both counters move on every request, known email or not, so the limit tells nothing about accounts. */
  async passwordReset(email: string, ip: string): Promise<void> {
    await this.hit('reset-ip', `ip:${ip}`, this.config.people.resetsPerIpPerHour);
    await this.hit('reset-email', `email:${email}`, this.config.people.resetsPerEmailPerHour);
  }

  private async hit(name: string, key: string, limit: number): Promise<void> {
    const record = await this.storage.increment(
      `${this.config.redis.queuePrefix}:people:${key}`,
      HOUR_MS,
      limit,
      HOUR_MS,
      name,
    );
    if (record.isBlocked) throw new TooManyRequestsError(record.timeToBlockExpire);
  }
}
