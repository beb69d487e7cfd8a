import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { TestDatabase } from '../setup/test-database';
import { dbUrl, runId, testStorageDir } from '../setup/test-env';
import { leadEmail } from '../setup/test-app';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * What the API process writes to its log when someone types a wrong password (issue 16): the failure is a
 * client's mistake, so at most an `info` line (pino's level 30), never an error-level line or a stack trace —
 * 160 failed logins must not look like 160 crashes. The real API process at LOG_LEVEL=info, its stdout read.
 */
describe('the log of a failed login (e2e)', () => {
  let db: TestDatabase;
  let api: ChildProcess;
  let out = '';
  let url: string;

  beforeAll(async () => {
    db = await TestDatabase.create();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(
      process.execPath,
      ['-r', require.resolve('../setup/ts-register.js'), require.resolve('../../apps/api/src/main.ts')],
      {
        env: {
          // eslint-disable-next-line no-restricted-properties -- a child process of its own: PATH and the test's variables
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          PORT: String(port),
          DATABASE_URL: dbUrl(db.name),
          QUEUE_PREFIX: `prongsai-t-${runId()}`,
          APP_URL: 'http://prongsai.test',
          LOGIN_RATE_LIMIT: '1000',
          STORAGE_DIR: testStorageDir(),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    api.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    api.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const deadline = Date.now() + 90_000;
    while (!/listening on/.test(out)) {
      if (api.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 120_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
    }
    await db?.drop();
  });

  it('three wrong passwords (a real account and an unknown one) log no error-level line and no stack', async () => {
    const before = out.length;
    for (const email of [leadEmail('4140602'), leadEmail('4140602'), 'nobody@prongsai.example']) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
          variables: { e: email, p: 'not-the-password' },
        }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { reason?: string } }[] };
      expect(body.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    await new Promise((r) => setTimeout(r, 500));
    const lines = out
      .slice(before)
      .split('\n')
      .filter((l) => l.trim() !== '');
    // pino-http's access line for each request is there (the log works at this level) …
    const entries = lines.map((l) => {
      try {
        return JSON.parse(l) as { level?: number; msg?: string; err?: unknown };
      } catch {
        return { level: 99, msg: l };
      }
    });
    expect(entries.filter((e) => e.level === 30).length).toBeGreaterThanOrEqual(3);
    // … and nothing above info, nothing that is not a JSON log line, no stack anywhere.
    expect(entries.filter((e) => (e.level ?? 0) > 30)).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/\n?\s+at \S+ \(|"stack"/);
  });
});
