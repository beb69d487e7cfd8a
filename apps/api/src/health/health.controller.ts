import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Response } from 'express';
import Redis from 'ioredis';
import { AuthService, TokenService } from '@prongsai/auth';
import { Role } from '@prongsai/common';
import { ALL_QUEUES, JobQueue, REDIS_CLIENT } from '@prongsai/jobs';
import { Public } from '../auth/access-policy.decorator';

/**
 * Readiness: 200 when PostgreSQL (as the runtime role) and Redis answer, 503 otherwise. Anyone (a load
 * balancer) gets `{ status: 'up' | 'down' }` and nothing else: which dependency is down, its error text and
 * the queues' sizes are for operators. A signed-in ADMIN (bearer token) also gets `details`, with each
 * queue's job counts, failed included; failed jobs are for ADMIN to look at (the queue dashboard,
 * `failedNotifications`), not a reason to take the API out of service.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly jobs: JobQueue,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Get()
  async check(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HealthCheckResult | { status: 'up' | 'down' }> {
    const admin = await this.isAdmin(authorization);
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.db.pingCheck('database', { timeout: 2000 }),
        () => this.redisCheck(),
        ...(admin ? [() => this.queuesCheck()] : []),
      ]);
    } catch (err) {
      // Terminus throws a 503 carrying the whole result.
      result = (err as { getResponse?: () => HealthCheckResult }).getResponse?.() ?? {
        status: 'error',
        details: {},
      };
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    res.setHeader('Cache-Control', 'no-store');
    return admin ? result : { status: result.status === 'ok' ? 'up' : 'down' };
  }

  /** Only a valid ADMIN token sees the details; anything else (none, bad, expired) is a plain caller here. */
  private async isAdmin(authorization: string | undefined): Promise<boolean> {
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
    if (!match) return false;
    try {
      const actor = await this.auth.loadActor(await this.tokens.verifyAccess(match[1].trim()));
      return actor.memberships.some((m) => m.role === Role.ADMIN);
    } catch {
      return false;
    }
  }

  private async queuesCheck() {
    const indicator = this.indicators.check('queues');
    try {
      const counts = await Promise.all(
        ALL_QUEUES.map(async (name) => [
          name,
          await this.jobs.queue(name).getJobCounts('failed', 'waiting', 'active', 'delayed'),
        ]),
      );
      return indicator.up(Object.fromEntries(counts));
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }

  private async redisCheck() {
    const indicator = this.indicators.check('redis');
    try {
      await this.redis.ping();
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
