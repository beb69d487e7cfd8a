import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@prongsai/config';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/**
 * BullMQ needs `maxRetriesPerRequest: null` on its connections (blocking commands must not time out);
 * every Redis connection of Prongsai uses the same options.
 */
export function createRedisConnection(config: AppConfig): Redis {
  return new Redis(config.redis.url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

@Global()
@Module({
  providers: [{ provide: REDIS_CLIENT, inject: [APP_CONFIG], useFactory: createRedisConnection }],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
