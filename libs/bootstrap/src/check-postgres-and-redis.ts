import { Client } from 'pg';
import Redis from 'ioredis';
import { AppConfig } from '@prongsai/config';
import { explainConnectionError, redactUrl } from './explain-connection-error';

/**
 * Checks, before Nest boots, that PostgreSQL (as the runtime role) and Redis answer. Returns a plain
 * explanation to print, or null when both are reachable. Nest's own retries would print a wall of stack
 * traces for the same problem.
 */
export async function checkPostgresAndRedis(config: AppConfig): Promise<string | null> {
  const pg = new Client({ connectionString: config.database.appUrl, connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (err) {
    const plain = explainConnectionError(err, config, config.database.appUrl);
    if (plain) return plain;
    const e = err as { code?: string; message?: string };
    if (e.code === '3D000' || e.code === '28000' || /role .* does not exist/.test(e.message ?? '')) {
      return `PostgreSQL answered but the database or the runtime role is missing (${e.message}).\nRun: npm run db:migrate`;
    }
    return `PostgreSQL check failed: ${e.message}`;
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(config.redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
  });
  // With retries off, connect() rejects with a generic "Connection is closed"; the cause comes as an event.
  let cause: (Error & { code?: string }) | undefined;
  redis.on('error', (e: Error) => (cause ??= e));
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    const e = cause ?? (err as Error & { code?: string });
    return [
      `Cannot reach Redis at ${redactUrl(config.redis.url)} (${e.code ?? e.message}).`,
      `Start it, e.g.: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`,
      `or set REDIS_URL.`,
    ].join('\n');
  } finally {
    redis.disconnect();
  }
  return null;
}
