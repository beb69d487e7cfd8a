import { Client } from 'pg';
import Redis from 'ioredis';
import { AppConfig } from '@prongsai/config';
import { explainConnectionError } from './explain-connection-error';

/**
 * Checks, before Nest boots, that PostgreSQL (as the runtime role) and Redis answer. Returns a plain
 * explanation to print, or null when both are reachable. Nest's own retries would print a wall of stack
 * traces for the same problem.
 */
export async function preflight(config: AppConfig): Promise<string | null> {
  const pg = new Client({ connectionString: config.database.appUrl, connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (err) {
    const plain = explainConnectionError(err, config);
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
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    return (
      explainConnectionError(
        Object.assign(err as object, { message: `redis ${String((err as Error).message)}` }),
        config,
      ) ?? `Redis check failed: ${(err as Error).message}`
    );
  } finally {
    redis.disconnect();
  }
  return null;
}
