import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import Redis from 'ioredis';
import { ALL_QUEUES, JobQueue, REDIS_CLIENT } from '@prongsai/jobs';
import { Public } from '../auth/access-policy.decorator';

/**
 * Readiness: 200 when PostgreSQL (as the runtime role) and Redis answer, 503 otherwise. `details.queues`
 * carries each queue's job counts, failed included; failed jobs are for ADMIN to look at (the queue
 * dashboard, `failedNotifications`), not a reason to take the API out of service.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly jobs: JobQueue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.redisCheck(),
      () => this.queuesCheck(),
    ]);
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
