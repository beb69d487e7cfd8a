import type { RedisOptions } from 'ioredis';
import { AppConfig } from '@prongsai/config';

/**
 * REDIS_URL as ioredis options, for BullMQ queues and workers (which open and close their own connections).
 * `maxRetriesPerRequest: null` is required by BullMQ: its blocking commands must wait through a reconnect
 * rather than fail.
 */
export function redisConnectionOptions(config: AppConfig): RedisOptions {
  const url = new URL(config.redis.url);
  const db = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Reconnect quickly after a Redis restart, backing off to 2 s.
    retryStrategy: (times: number) => Math.min(times * 100, 2000),
  };
}
