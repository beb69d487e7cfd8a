import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { AppConfig } from '@prongsai/config';
import { API_FEATURES } from '../../apps/api/src/api-features';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { migrate, seed } from '../../scripts/lib/tasks';
import { recordFaultFigures } from '../setup/fault-figures';
import { PrivatePostgres } from '../setup/private-postgres';
import { DEMO_PASSWORD, leadEmail } from '../setup/test-app';
import { testConfig } from '../setup/test-env';
import { isolatedQueueEnv } from '../worker/reminder-fixtures';

const ORG = '2140101';
const LOAD_MS = 9_000;
const RESTART_AT_MS = 2_500;
const DOWN_MS = 3_000;
const CONCURRENCY = 4;
const STEPS = 3;

interface Sample {
  at: number;
  write: boolean;
  status: number;
  code?: string;
  id?: string;
}

/**
 * PostgreSQL restarted (pg_ctl stop -m fast, 3 s down, start) under a load of mixed reads and writes, on a
 * cluster of the test's own (test/setup/private-postgres.ts; loopback only, bounded: 9 s of load). While it
 * is down the API answers 503 DATABASE_UNAVAILABLE with Retry-After, never 500; it recovers on its own (the
 * pool reconnects); no write is half-applied (each measure is written with its steps in one transaction).
 * The figures are printed (and gathered by `npm run bench:faults`); nothing here is a timing assertion.
 */
describe('PostgreSQL restarts under load', () => {
  let pg: PrivatePostgres;
  let config: AppConfig;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    pg = await PrivatePostgres.start();
    config = testConfig('unused', { ...isolatedQueueEnv(), DATABASE_URL: pg.url('prongsai_fault') });
    await migrate(config);
    await seed(config);
    app = await createApiApp(config, API_FEATURES);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await pg?.stop();
  });

  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json().catch(() => ({}))) as {
      data?: Record<string, { id?: string } | unknown[] | null>;
      errors?: { extensions?: { code?: string; reason?: string } }[];
    };
    return { res, body };
  };

  it('answers 503 while it is down, recovers on its own, and leaves no write half-applied', async () => {
    const login = await post(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: leadEmail(ORG), p: DEMO_PASSWORD },
    );
    const token = (login.body.data!.login as unknown as { accessToken: string }).accessToken;
    const db = new Client({ connectionString: pg.url('prongsai_fault') });
    await db.connect();
    const [{ id: orgId }] = (await db.query(`SELECT id FROM organizations WHERE code = $1`, [ORG])).rows;
    await db.end();

    const started = Date.now();
    const samples: Sample[] = [];
    const health: { at: number; status: number }[] = [];
    const statuses = new Set<string>();
    let n = 0;
    const loop = async (worker: number) => {
      while (Date.now() - started < LOAD_MS) {
        const write = (n++ + worker) % 2 === 0;
        const at = Date.now() - started;
        try {
          const { res, body } = write
            ? await post(
                `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
                {
                  input: {
                    organizationId: orgId,
                    fiscalYear: 2570,
                    title: `มาตรการระหว่างการทดสอบ ${n}`,
                    steps: Array.from({ length: STEPS }, (_, i) => `ขั้นตอนที่ ${i + 1}`),
                    responsible: 'สำนักปลัด',
                    dueDate: '2027-06-30',
                    indicatorCodes: ['9'],
                  },
                },
                token,
              )
            : await post(
                `query($o: ID!) { measures(organizationId: $o, fiscalYear: 2570) { id } organizationProgress(organizationId: $o, fiscalYear: 2570) { estimatedScore } }`,
                { o: orgId },
                token,
              );
          const code = body.errors?.[0]?.extensions?.code;
          if (code) statuses.add(`${res.status} ${code} ${body.errors?.[0]?.extensions?.reason}`);
          if (res.status === 503) expect(res.headers.get('retry-after')).toBe('2');
          const created = write && !body.errors ? (body.data?.createMeasure as { id: string }).id : undefined;
          samples.push({ at, write, status: res.status, code, id: created });
        } catch (e) {
          samples.push({ at, write, status: 0, code: (e as Error).message });
        }
      }
    };
    const healthLoop = async () => {
      while (Date.now() - started < LOAD_MS) {
        const at = Date.now() - started;
        const res = await fetch(`${url}/health`).catch(() => null);
        health.push({ at, status: res?.status ?? 0 });
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const restart = (async () => {
      await new Promise((r) => setTimeout(r, RESTART_AT_MS));
      const { stoppedAt, startedAt } = await pg.restart(DOWN_MS);
      return { down: stoppedAt - started, up: startedAt - started };
    })();
    await Promise.all([...Array.from({ length: CONCURRENCY }, (_, w) => loop(w)), healthLoop()]);
    const outage = await restart;

    const failed = samples.filter((s) => s.status !== 200 || s.code);
    const firstOkAfter = samples.find((s) => s.at >= outage.up && s.status === 200 && !s.code);
    // Every failure is a 503 SERVICE_UNAVAILABLE: no 500, no transport error, no other code.
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed.map((s) => `${s.status} ${s.code}`))).toEqual(new Set(['503 SERVICE_UNAVAILABLE']));
    expect([...statuses]).toEqual(['503 SERVICE_UNAVAILABLE DATABASE_UNAVAILABLE']);
    // Failures only around the outage; after it, answers again without anyone restarting the API.
    expect(failed.every((s) => s.at >= outage.down - 1_000)).toBe(true);
    expect(firstOkAfter).toBeDefined();
    expect(samples.filter((s) => s.at > outage.up + 3_000).every((s) => s.status === 200 && !s.code)).toBe(
      true,
    );
    expect(health.some((h) => h.status === 503 && h.at > outage.down && h.at < outage.up)).toBe(true);
    expect(health.at(-1)!.status).toBe(200);

    // No write half-applied: every measure of the load has all its steps; every acknowledged one exists.
    const check = new Client({ connectionString: pg.url('prongsai_fault') });
    await check.connect();
    try {
      const rows = (
        await check.query<{ id: string; steps: number }>(
          `SELECT m.id, count(s.id)::int AS steps FROM measures m LEFT JOIN measure_steps s ON s.measure_id = m.id
           WHERE m.title LIKE 'มาตรการระหว่างการทดสอบ %' GROUP BY m.id`,
        )
      ).rows;
      expect(rows.filter((r) => r.steps !== STEPS)).toEqual([]);
      const acknowledged = samples.filter((s) => s.id).map((s) => s.id!);
      expect(acknowledged.length).toBeGreaterThan(10);
      const stored = new Set(rows.map((r) => r.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      // A write may commit and lose its answer as the connection drops: never more than the failed writes.
      expect(rows.length - acknowledged.length).toBeLessThanOrEqual(failed.filter((s) => s.write).length);
      recordFaultFigures('PostgreSQL restarted under load', {
        requests: samples.length,
        'failed (all 503 DATABASE_UNAVAILABLE)': failed.length,
        'down, s': (outage.up - outage.down) / 1000,
        'first success after restart, s': (firstOkAfter!.at - outage.up) / 1000,
        '/health 503 while down': health.filter((h) => h.status === 503).length,
        'writes acknowledged': acknowledged.length,
        'writes half-applied': rows.filter((r) => r.steps !== STEPS).length,
        'committed, answer lost': rows.length - acknowledged.length,
      });
    } finally {
      await check.end();
    }
  });
});
