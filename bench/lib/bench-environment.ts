import Redis from 'ioredis';
import { Pool } from 'pg';
import { AppConfig } from '@prongsai/config';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The run's own database and Redis prefix, so a run never touches the development data or another run. */
export function benchConfig(base: AppConfig, name: string, prefix: string): AppConfig {
  return {
    ...base,
    database: {
      ownerUrl: withDatabase(base.database.ownerUrl, name),
      appUrl: withDatabase(base.database.appUrl, name),
      databaseName: name,
    },
    redis: { ...base.redis, queuePrefix: prefix },
    logLevel: 'warn',
  };
}

export async function cleanRedis(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) removed += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return removed;
}

export async function dropDatabase(config: AppConfig): Promise<void> {
  const admin = new URL(config.database.ownerUrl);
  admin.pathname = '/postgres';
  const pool = new Pool({ connectionString: admin.toString(), max: 1 });
  try {
    await pool.query(`DROP DATABASE IF EXISTS "${config.database.databaseName}" WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}
