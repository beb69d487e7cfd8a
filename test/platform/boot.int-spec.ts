import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadConfig } from '@prongsai/config';
import { checkPostgresAndRedis } from '@prongsai/bootstrap';

const run = promisify(execFile);

describe('boot', () => {
  it('checkPostgresAndRedis explains an unreachable PostgreSQL with the URL tried and how to start it', async () => {
    const message = await checkPostgresAndRedis(
      loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/prongsai' }),
    );
    expect(message).toContain('Cannot reach PostgreSQL at postgres://prongsai_app@127.0.0.1:1/prongsai');
    expect(message).toContain('pg_ctlcluster');
  });

  it('checkPostgresAndRedis explains an unreachable Redis the same way', async () => {
    const message = await checkPostgresAndRedis(
      loadConfig({
        DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
        REDIS_URL: 'redis://127.0.0.1:1',
      }),
    );
    expect(message).toContain('Cannot reach Redis at redis://127.0.0.1:1');
    expect(message).toContain('redis-server');
  });

  it('the API process refuses an invalid environment, naming every bad variable, without a stack trace', async () => {
    const entry = require.resolve('../../apps/api/src/main.ts');
    const err = await run(process.execPath, ['-r', require.resolve('../setup/ts-register.js'), entry], {
      env: { ...process.env, PORT: 'eighty', JWT_SECRET: 'short', NODE_ENV: 'production' },
      timeout: 60_000,
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err!.stderr).toContain('Invalid configuration');
    for (const name of ['PORT', 'JWT_SECRET', 'DATABASE_APP_URL', 'SMTP_URL'])
      expect(err!.stderr).toContain(`${name}:`);
    expect(err!.stderr).not.toMatch(/\n\s+at /);
  });
});
