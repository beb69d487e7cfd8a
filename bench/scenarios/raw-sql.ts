import { Pool } from 'pg';
import { AppConfig } from '@prongsai/config';
import { log } from '../lib/bench-log';
import { round1, timeLoop } from '../lib/load';
import { LATENCY_CONNECTIONS, SECONDS, WARMUP_SECONDS } from '../lib/load-settings';
import { Statement } from '../lib/statement-counter';

type LoopResult = Awaited<ReturnType<typeof timeLoop>>;

export interface RawSqlResult {
  /** The province statement as the app role with the supervisor's context (RLS on). */
  rawRls: LoopResult;
  /** The same as the owner (RLS bypassed). */
  rawOwner: LoopResult;
  /** The national statement as the app role with ADMIN's context. */
  rawNational: LoopResult;
  /** One at a time, interleaved app role / owner: medians (ms). */
  sequential: { app: number; owner: number };
}

const asUser = (userId: string) =>
  `SELECT set_config('prongsai.user_id', '${userId}', false), set_config('prongsai.system', 'off', false)`;

async function rawLoop(
  url: string,
  setup: string | null,
  label: string,
  statement: Statement,
): Promise<LoopResult> {
  const pool = new Pool({ connectionString: url, max: LATENCY_CONNECTIONS });
  try {
    // The RLS context, as TenantTransaction sets it, but once per connection: one statement per request.
    const clients = await Promise.all(Array.from({ length: LATENCY_CONNECTIONS }, () => pool.connect()));
    if (setup) for (const c of clients) await c.query(setup);
    const r = await timeLoop({
      concurrency: LATENCY_CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      run: (w) => clients[w].query(statement.query, [...statement.parameters]),
    });
    clients.forEach((c) => c.release());
    log(`${label}: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, ${r.rps} q/s (${LATENCY_CONNECTIONS} connections)`);
    return r;
  } finally {
    await pool.end();
  }
}

/**
 * The cost of row-level security alone: the same statement, one at a time, alternating between the app
 * role (RLS on, as the supervisor) and the owner (RLS bypassed) so drift in machine load hits both alike;
 * medians of 200 each.
 */
async function isolateRls(config: AppConfig, supervisorId: string, statement: Statement) {
  const app = new Pool({ connectionString: config.database.appUrl, max: 1 });
  const owner = new Pool({ connectionString: config.database.ownerUrl, max: 1 });
  try {
    const [a, o] = [await app.connect(), await owner.connect()];
    await a.query(asUser(supervisorId));
    const times = { app: [] as number[], owner: [] as number[] };
    for (let i = 0; i < 220; i++) {
      for (const [who, client] of [
        ['app', a],
        ['owner', o],
      ] as const) {
        const start = performance.now();
        await client.query(statement.query, [...statement.parameters]);
        if (i >= 20) times[who].push(performance.now() - start);
      }
    }
    a.release();
    o.release();
    const median = (xs: number[]) => round1(xs.sort((x, y) => x - y)[xs.length >> 1]);
    return { app: median(times.app), owner: median(times.owner) };
  } finally {
    await Promise.all([app.end(), owner.end()]);
  }
}

/**
 * The exact roll-up statements the API sent, replayed through `pg` without HTTP: the SQL floor of the
 * API's figure, and what row-level security adds to it.
 */
export async function rawSqlScenario(
  config: AppConfig,
  users: { supervisorId: string; adminId: string },
  replay: { province: Statement; national: Statement },
): Promise<RawSqlResult> {
  const rawRls = await rawLoop(
    config.database.appUrl,
    asUser(users.supervisorId),
    'raw SQL roll-up, app role, RLS on',
    replay.province,
  );
  const rawOwner = await rawLoop(
    config.database.ownerUrl,
    null,
    'raw SQL roll-up, owner, no RLS',
    replay.province,
  );
  const rawNational = await rawLoop(
    config.database.appUrl,
    asUser(users.adminId),
    'raw SQL national roll-up, app role (ADMIN), RLS on',
    replay.national,
  );
  const sequential = await isolateRls(config, users.supervisorId, replay.province);
  log(
    `roll-up one at a time (median): app role with RLS ${sequential.app} ms, owner without ${sequential.owner} ms`,
  );
  return { rawRls, rawOwner, rawNational, sequential };
}
