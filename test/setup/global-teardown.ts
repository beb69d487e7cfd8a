import './register-paths';
import Redis from 'ioredis';
import { rmSync } from 'node:fs';
import { runId, testStorageDir, withMaintenanceClient } from './test-env';

/** Drops every database this run created, deletes its Redis keys and its stored files. */
export default async function globalTeardown(): Promise<void> {
  const run = runId();
  rmSync(testStorageDir(), { recursive: true, force: true });
  await withMaintenanceClient(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`prongsai_t_${run}_%`],
    );
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `prongsai-t-${run}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
