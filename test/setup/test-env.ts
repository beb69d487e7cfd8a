import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@prongsai/config';

/**
 * Every test run gets its own id: databases `prongsai_t_<run>_*` and Redis keys under `prongsai-t-<run>`,
 * so concurrent runs never collide and teardown removes exactly what this run made.
 */
export const RUN_ID_VAR = 'PRONGSAI_TEST_RUN_ID';

export function runId(): string {
  const id = process.env[RUN_ID_VAR];
  if (!id) throw new Error(`${RUN_ID_VAR} is not set: run tests through jest (globalSetup)`);
  return id;
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export const templateDbName = (run: string) => `prongsai_t_${run}_tpl`;

const baseOwnerUrl = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export function dbUrl(name: string): string {
  const u = new URL(baseOwnerUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

/** Produced files of this run (report packs …), removed by the global teardown. */
export function testStorageDir(): string {
  return join(tmpdir(), `prongsai-t-${runId()}-storage`);
}

export function testConfig(databaseName: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    REDIS_URL: process.env.REDIS_URL,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: dbUrl(databaseName),
    QUEUE_PREFIX: `prongsai-t-${runId()}`,
    APP_URL: 'http://prongsai.test',
    LOGIN_RATE_LIMIT: '1000',
    STORAGE_DIR: testStorageDir(),
    // Suites run many operations as one user; the budget has its own test (test/platform/abuse.e2e-spec.ts).
    GRAPHQL_COST_PER_MINUTE: '10000000',
    ...overrides,
  });
}

export async function withMaintenanceClient<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: dbUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
