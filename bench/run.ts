/**
 * `npm run bench`: Prongsai at national scale on this machine. Creates a fresh database, generates the
 * synthetic national data set (bench/lib/synthetic-data.ts), runs the worker's real progress recompute and
 * reminder scan, boots the real API as a child process connected as the app role (row-level security on),
 * loads it over HTTP with concurrent clients (autocannon), times the same roll-up as raw SQL, prints a
 * table and writes bench/results.json. The database and the Redis keys are removed at the end, also on
 * failure. `npm run bench -- --keep` keeps the database for profiling (its name is printed);
 * `--api-flag=<node flag>` sets the API process's Node flags (default: --max-old-space-size=160).
 */
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { AppConfig, loadConfigFromProcess } from '@prongsai/config';
import { addDays, bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { migrate, seed, withOwner } from '../scripts/lib/tasks';
import type { ApiReply, ApiRequest } from './lib/api-server';
import type { Statement } from './lib/statement-counter';
import { LoadResult, loadTest, round1, timeLoop } from './lib/load';
import {
  MEASURES_PER_LAO,
  SEEDED_PROVINCE,
  datasetCounts,
  ensureFrameworks,
  insertActivity,
  insertGeography,
} from './lib/synthetic-data';
import { WorkerTasks } from './lib/worker-tasks';

const ROOT = join(__dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const SECONDS = 15;
const WARMUP = 5;
/** Concurrent clients for the latency figures: one per core of this machine (more only queue; see throughput). */
const LATENCY_CONNECTIONS = 2;
/** The national roll-up is an ADMIN screen: two at once is already generous. */
const NATIONAL_CONNECTIONS = 2;
const THROUGHPUT_CONNECTIONS = 16;
/**
 * Node flags of the API process: what an API replica runs with (docs/scaling.md). Without a cap V8 sizes
 * the heap from the machine's memory (24 GB here) and lets ~300 MB of garbage pile up between full
 * collections; 160 MB of old space is ample for the live set (~60 MB) and costs no latency.
 * `--api-flag=…` (repeatable) replaces them.
 */
const API_FLAG_ARGS = process.argv
  .filter((a) => a.startsWith('--api-flag='))
  .map((a) => a.slice('--api-flag='.length));
const API_NODE_FLAGS = API_FLAG_ARGS.length ? API_FLAG_ARGS : ['--max-old-space-size=160'];

const ROLLUP_QUERY = `query Rollup($p: String!, $fy: Int!) {
  provinceRollup(provinceCode: $p, fiscalYear: $fy) {
    province { code nameTh } fiscalYear organizationCount estimatedCount passingCount passingPercent averageScore
    gradeDistribution { grade count }
    byDistrict { district { code nameTh } organizationCount passingCount averageScore measuresOverdue
                 previousYear { organizationCount passingCount averageScore } }
    byType { type organizationCount passingCount averageScore previousYear { passingCount averageScore } }
    measuresTotal measuresCompleted measuresOverdue
    oitItems { itemsExpected published accepted publishedPercent acceptedPercent }
    surveys { tool organizationsWithMinimum minimumResponses responses organizationsMeetingMinimum }
    atRisk(first: 10) { organization { code nameTh district { nameTh } } estimatedScore gapToPass grade measuresOverdue }
    previousYear { organizationCount passingCount averageScore gradeDistribution { grade count }
                   measuresTotal measuresCompleted measuresOverdue oitItems { publishedPercent acceptedPercent } }
  }
}`;

const NATIONAL_QUERY = `query National($fy: Int!) {
  nationalRollup(fiscalYear: $fy) {
    organizationCount passingCount passingPercent averageScore gradeDistribution { grade count }
    measuresTotal measuresCompleted measuresOverdue
    byType { type organizationCount passingCount averageScore }
    previousYear { organizationCount passingCount averageScore }
    provinces {
      province { code nameTh } organizationCount passingCount averageScore measuresOverdue
      oitItems { acceptedPercent } previousYear { passingCount averageScore }
      atRisk(first: 3) { organization { code nameTh } gapToPass }
    }
  }
}`;

/** Everything a province roll-up has, for every province: what asking for all of it costs. */
const NATIONAL_EVERYTHING_QUERY = `query NationalEverything($fy: Int!) {
  nationalRollup(fiscalYear: $fy) {
    organizationCount passingCount averageScore gradeDistribution { grade count } byType { type passingCount }
    provinces {
      province { code } organizationCount passingCount averageScore gradeDistribution { grade count }
      byDistrict { district { code nameTh } organizationCount passingCount averageScore measuresOverdue
                   previousYear { passingCount averageScore } }
      byType { type organizationCount passingCount averageScore }
      measuresTotal measuresCompleted measuresOverdue
      oitItems { publishedPercent acceptedPercent } surveys { tool responses minimumResponses }
      atRisk(first: 10) { organization { code nameTh district { nameTh } } gapToPass toolScores { tool score } }
      previousYear { passingCount averageScore gradeDistribution { grade count } }
    }
  }
}`;

const MEASURES_QUERY = `query Measures($id: ID!, $fy: Int!) {
  measures(organizationId: $id, fiscalYear: $fy) {
    id title dueDate status isOverdue responsible steps { order description }
  }
}`;

const PROGRESS_QUERY = `query Progress($id: ID!, $fy: Int!) {
  organizationProgress(organizationId: $id, fiscalYear: $fy) {
    estimatedScore grade passing gapToPass measuresTotal measuresCompleted measuresOverdue computedAt
    toolScores { tool score } indicators { indicatorCode score basis }
  }
}`;

interface Target {
  metric: string;
  value: number;
  target: string;
  met: boolean;
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  const ms = Math.round(performance.now() - start);
  log(`${label}: ${ms} ms`);
  return [value, ms];
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function benchConfig(base: AppConfig, name: string, prefix: string): AppConfig {
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

class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(config: AppConfig): Promise<ApiProcess> {
    const child = fork(join(__dirname, 'lib', 'api-server.js'), [], {
      execArgv: API_NODE_FLAGS,
      env: {
        ...process.env,
        DATABASE_URL: config.database.ownerUrl,
        DATABASE_APP_URL: config.database.appUrl,
        QUEUE_PREFIX: config.redis.queuePrefix,
        // Request logs off: the figure is the API's, not the terminal's.
        LOG_LEVEL: 'warn',
        LOGIN_RATE_LIMIT: '1000',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the API exited during start (code ${code})`)));
      child.once('message', (m: ApiReply) => {
        if (m.type === 'ready') resolve(new ApiProcess(child, `http://127.0.0.1:${m.port}`));
      });
    });
  }

  ask<T extends ApiReply['type']>(
    request: ApiRequest & { type: T },
  ): Promise<Extract<ApiReply, { type: T }>> {
    return new Promise((resolve) => {
      const onMessage = (m: ApiReply) => {
        if (m.type !== request.type) return;
        this.child.off('message', onMessage);
        resolve(m as Extract<ApiReply, { type: T }>);
      };
      this.child.on('message', onMessage);
      this.child.send(request);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ type: 'close' } satisfies ApiRequest);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are checked by shape at runtime
): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(url: string, email: string, password: string): Promise<string> {
  const data = await gql(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
    { e: email, p: password },
  );
  return data.login.accessToken as string;
}

async function cleanRedis(url: string, prefix: string): Promise<number> {
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

async function dropDatabase(config: AppConfig): Promise<void> {
  const admin = new URL(config.database.ownerUrl);
  admin.pathname = '/postgres';
  const pool = new Pool({ connectionString: admin.toString(), max: 1 });
  try {
    await pool.query(`DROP DATABASE IF EXISTS "${config.database.databaseName}" WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}

function printTable(rows: [string, string, string, string][]): void {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

async function main(): Promise<void> {
  const base = loadConfigFromProcess();
  const id = randomBytes(4).toString('hex');
  const config = benchConfig(base, `prongsai_bench_${id}`, `prongsai-bench-${id}`);
  const keep = process.argv.includes('--keep');
  const today = bangkokToday();
  const current = fiscalYearOf(today);
  const years = { current, previous: current - 1 };
  const loadAtStart = loadavg();
  log(
    `database ${config.database.databaseName}, Redis prefix ${config.redis.queuePrefix}, today ${today}, FY${current}`,
  );

  let api: ApiProcess | null = null;
  let worker: WorkerTasks | null = null;
  const timings: Record<string, number> = {};
  try {
    // ---- data set ----------------------------------------------------------------------------------------
    await timed('migrate', () => migrate(config));
    await withOwner(config, async (ds) => {
      const q = ds.createQueryRunner();
      try {
        await timed('geography (75 generated provinces)', () => insertGeography(q));
      } finally {
        await q.release();
      }
    });
    await timed('seed (province 14, frameworks, demo accounts for every province and LAO)', () =>
      seed(config),
    );
    const counts = await withOwner(config, async (ds) => {
      const q = ds.createQueryRunner();
      try {
        await ensureFrameworks(q, years);
        const step = async <T>(label: string, fn: () => Promise<T>) => (await timed(label, fn))[0];
        await insertActivity(q, years, today, step);
        await timed('VACUUM ANALYZE', () => q.query('VACUUM ANALYZE'));
        return datasetCounts(q);
      } finally {
        await q.release();
      }
    });
    log(`data set: ${JSON.stringify(counts)}`);

    // ---- worker: recompute all, then the previous year --------------------------------------------------
    worker = await WorkerTasks.create(config);
    [, timings.recomputeAllMs] = await timed(`recompute all (worker job, FY${current})`, () =>
      worker!.recomputeAll(),
    );
    [, timings.recomputePreviousYearMs] = await timed(`recompute FY${years.previous}`, () =>
      worker!.recomputeYear(years.previous),
    );
    await withOwner(config, (ds) => ds.query('VACUUM ANALYZE organization_progress'));

    // ---- API under load ---------------------------------------------------------------------------------
    api = await ApiProcess.start(config);
    log(`API (child process, app role, RLS on) at ${api.url}`);
    const facts = await withOwner(config, async (ds) => {
      const [largest] = await ds.query(
        `SELECT province_code AS code, count(*)::int AS n FROM organizations GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
      );
      const [lead] = await ds.query(
        `SELECT o.id, o.code FROM organizations o WHERE o.province_code = $1 ORDER BY o.code LIMIT 1`,
        [SEEDED_PROVINCE],
      );
      const [supervisor] = await ds.query(`SELECT id FROM users WHERE email = $1`, [
        `supervisor.${SEEDED_PROVINCE}@prongsai.example`,
      ]);
      const [admin] = await ds.query(`SELECT id FROM users WHERE email = 'admin@prongsai.example'`);
      return {
        largest: largest as { code: string; n: number },
        lead: lead as { id: string; code: string },
        supervisorId: (supervisor as { id: string }).id,
        adminId: (admin as { id: string }).id,
      };
    });
    const password = config.demo.password;
    const tokens = {
      supervisor: await login(api.url, `supervisor.${SEEDED_PROVINCE}@prongsai.example`, password),
      largest: await login(api.url, `supervisor.${facts.largest.code}@prongsai.example`, password),
      admin: await login(api.url, 'admin@prongsai.example', password),
      lead: await login(api.url, `lead.${facts.lead.code}@prongsai.example`, password),
    };

    // One request of each kind first: the answers are right, and how many statements each costs (after a
    // warm-up: the year's framework is read once per process, then cached).
    await gql(api.url, ROLLUP_QUERY, { p: SEEDED_PROVINCE, fy: current }, tokens.supervisor);
    await gql(api.url, NATIONAL_QUERY, { fy: current }, tokens.admin);
    await api.ask({ type: 'statements' });
    const check = await gql(api.url, ROLLUP_QUERY, { p: SEEDED_PROVINCE, fy: current }, tokens.supervisor);
    const rollupStatements = (await api.ask({ type: 'statements' })).statements;
    if (check.provinceRollup.organizationCount !== 158) throw new Error('province 14 should have 158 LAOs');
    const national = await gql(api.url, NATIONAL_QUERY, { fy: current }, tokens.admin);
    const nationalStatements = (await api.ask({ type: 'statements' })).statements;
    if (national.nationalRollup.organizationCount !== 7850)
      throw new Error('the country should have 7,850 LAOs');
    const largestCheck = await gql(
      api.url,
      ROLLUP_QUERY,
      { p: facts.largest.code, fy: current },
      tokens.largest,
    );
    await api.ask({ type: 'statements' });
    const summary = (statements: Statement[]) =>
      statements.map((x) => x.query.trim().split(/\s+/)[0]).join(', ');
    log(
      `roll-up: ${rollupStatements.length} statements (${summary(rollupStatements)}); national: ${nationalStatements.length}`,
    );
    // The raw-SQL floor replays exactly the roll-up statement the API sent, with its parameters.
    const rollupOf = (statements: Statement[]) => {
      const found = statements.find((x) => x.query.startsWith('WITH orgs'));
      if (!found) throw new Error('no roll-up statement among those the API sent');
      return found;
    };
    const provinceStatement = rollupOf(rollupStatements);
    const nationalStatement = rollupOf(nationalStatements);

    await api.ask({ type: 'stop-counting' });
    const memory = async () => {
      const m = await api!.ask({ type: 'rss' });
      const mb = (b: number) => Math.round(b / 1048576);
      return {
        rssMb: mb(m.rssBytes),
        heapUsedMb: mb(m.heapUsedBytes),
        heapTotalMb: mb(m.heapTotalBytes),
        externalMb: mb(m.externalBytes),
      };
    };
    const memoryAfter: Record<string, Awaited<ReturnType<typeof memory>>> = { boot: await memory() };
    const scenario = async (label: string, opts: Parameters<typeof loadTest>[0]): Promise<LoadResult> => {
      const r = await loadTest(opts);
      const m = await memory();
      memoryAfter[label] = m;
      log(
        `${label}: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms, ${r.rps} req/s, ${r.requests} requests, ${r.failures} failures (${r.connections} connections); API rss ${m.rssMb} MB, heap ${m.heapUsedMb}/${m.heapTotalMb} MB`,
      );
      if (r.failures > 0) throw new Error(`${label}: ${r.failures} failed requests`);
      return r;
    };
    const common = { url: api.url, seconds: SECONDS, warmupSeconds: WARMUP };
    const loads = {
      provinceRollup: await scenario(`province roll-up (province ${SEEDED_PROVINCE}, 158 LAOs)`, {
        ...common,
        token: tokens.supervisor,
        query: ROLLUP_QUERY,
        variables: { p: SEEDED_PROVINCE, fy: current },
        connections: LATENCY_CONNECTIONS,
      }),
      largestProvinceRollup: await scenario(
        `province roll-up (province ${facts.largest.code}, ${facts.largest.n} LAOs)`,
        {
          ...common,
          token: tokens.largest,
          query: ROLLUP_QUERY,
          variables: { p: facts.largest.code, fy: current },
          connections: LATENCY_CONNECTIONS,
        },
      ),
      nationalRollup: await scenario('national roll-up (76 provinces, 7,850 LAOs)', {
        ...common,
        token: tokens.admin,
        query: NATIONAL_QUERY,
        variables: { fy: current },
        connections: NATIONAL_CONNECTIONS,
      }),
      nationalRollupEverything: await scenario('national roll-up, every part of every province', {
        ...common,
        token: tokens.admin,
        query: NATIONAL_EVERYTHING_QUERY,
        variables: { fy: current },
        connections: NATIONAL_CONNECTIONS,
      }),
      measuresList: await scenario(`measures list (${MEASURES_PER_LAO} measures × 5 steps)`, {
        ...common,
        token: tokens.lead,
        query: MEASURES_QUERY,
        variables: { id: facts.lead.id, fy: current },
        connections: LATENCY_CONNECTIONS,
      }),
      organizationProgress: await scenario('organization progress', {
        ...common,
        token: tokens.lead,
        query: PROGRESS_QUERY,
        variables: { id: facts.lead.id, fy: current },
        connections: LATENCY_CONNECTIONS,
      }),
      throughput: await scenario('province roll-up throughput', {
        ...common,
        token: tokens.supervisor,
        query: ROLLUP_QUERY,
        variables: { p: SEEDED_PROVINCE, fy: current },
        connections: THROUGHPUT_CONNECTIONS,
      }),
    };
    const rssBytes = (await api.ask({ type: 'rss' })).rssBytes;
    // autocannon stops at its deadline with requests in flight: let them finish before the pool closes.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await api.close();
    api = null;

    // ---- the same roll-up as raw SQL: the floor, and the cost of row-level security ------------------------
    const rawLoop = async (url: string, setup: string | null, label: string, statement: Statement) => {
      const pool = new Pool({ connectionString: url, max: LATENCY_CONNECTIONS });
      try {
        // The RLS context, as TenantTransaction sets it, but once per connection: one statement per request.
        const clients = await Promise.all(Array.from({ length: LATENCY_CONNECTIONS }, () => pool.connect()));
        if (setup) for (const c of clients) await c.query(setup);
        const r = await timeLoop({
          concurrency: LATENCY_CONNECTIONS,
          seconds: SECONDS,
          warmupSeconds: WARMUP,
          run: (w) => clients[w].query(statement.query, [...statement.parameters]),
        });
        clients.forEach((c) => c.release());
        log(
          `${label}: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, ${r.rps} q/s (${LATENCY_CONNECTIONS} connections)`,
        );
        return r;
      } finally {
        await pool.end();
      }
    };
    const asUser = (userId: string) =>
      `SELECT set_config('prongsai.user_id', '${userId}', false), set_config('prongsai.system', 'off', false)`;
    const rawRls = await rawLoop(
      config.database.appUrl,
      asUser(facts.supervisorId),
      'raw SQL roll-up, app role, RLS on',
      provinceStatement,
    );
    const rawOwner = await rawLoop(
      config.database.ownerUrl,
      null,
      'raw SQL roll-up, owner, no RLS',
      provinceStatement,
    );
    const rawNational = await rawLoop(
      config.database.appUrl,
      asUser(facts.adminId),
      'raw SQL national roll-up, app role (ADMIN), RLS on',
      nationalStatement,
    );

    // The cost of row-level security alone: the same statement, one at a time, alternating between the
    // app role (RLS on, as the supervisor) and the owner (RLS bypassed) so drift in machine load hits both
    // alike; medians of 200 each.
    const isolateRls = async () => {
      const app = new Pool({ connectionString: config.database.appUrl, max: 1 });
      const owner = new Pool({ connectionString: config.database.ownerUrl, max: 1 });
      try {
        const [a, o] = [await app.connect(), await owner.connect()];
        await a.query(asUser(facts.supervisorId));
        const times = { app: [] as number[], owner: [] as number[] };
        for (let i = 0; i < 220; i++) {
          for (const [who, client] of [
            ['app', a],
            ['owner', o],
          ] as const) {
            const start = performance.now();
            await client.query(provinceStatement.query, [...provinceStatement.parameters]);
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
    };
    const sequential = await isolateRls();
    log(
      `roll-up one at a time (median): app role with RLS ${sequential.app} ms, owner without ${sequential.owner} ms`,
    );

    // ---- the reminder scan over every measure ------------------------------------------------------------
    // The first scan of a new data set is the worst case (every overdue measure and step is due a reminder
    // at once); the next day's shows the daily steady state (new windows only).
    const [scan, reminderScanMs] = await timed(
      `reminder scan (all ${counts.measures} measures and their dated steps, scan + enqueue)`,
      () => worker!.reminderScan(today),
    );
    const [nextDay, nextDayReminderScanMs] = await timed(`reminder scan, the next day`, () =>
      worker!.reminderScan(addDays(today, 1)),
    );
    await worker.close();
    worker = null;

    // ---- report ----------------------------------------------------------------------------------------
    const results = {
      provinceRollupP95Ms: loads.provinceRollup.p95Ms,
      largestProvinceRollupP95Ms: loads.largestProvinceRollup.p95Ms,
      nationalRollupP95Ms: loads.nationalRollup.p95Ms,
      nationalRollupEverythingP95Ms: loads.nationalRollupEverything.p95Ms,
      measuresListP95Ms: loads.measuresList.p95Ms,
      organizationProgressP95Ms: loads.organizationProgress.p95Ms,
      throughputRps: loads.throughput.rps,
      rawSqlRollupP95Ms: rawRls.p95Ms,
      rawSqlRollupNoRlsP95Ms: rawOwner.p95Ms,
      rlsCostP95Ms: round1(rawRls.p95Ms - rawOwner.p95Ms),
      rawSqlRollupSequentialMs: sequential.app,
      rawSqlRollupSequentialNoRlsMs: sequential.owner,
      rlsCostMs: round1(sequential.app - sequential.owner),
      rawSqlNationalRollupP95Ms: rawNational.p95Ms,
      reminderScanMs,
      reminderScanSqlMs: scan.sqlMs,
      reminderScanEnqueueMs: scan.enqueueMs,
      remindersCreated: scan.created,
      nextDayReminderScanMs,
      nextDayRemindersCreated: nextDay.created,
      recomputeAllMs: timings.recomputeAllMs,
      recomputePreviousYearMs: timings.recomputePreviousYearMs,
      apiRssMb: Math.round(rssBytes / 1024 / 1024),
      apiNodeFlags: API_NODE_FLAGS.join(' '),
      sqlStatementsPerRollup: rollupStatements.length,
      sqlStatementsPerNationalRollup: nationalStatements.length,
    };
    const ratio = round1(results.provinceRollupP95Ms / results.rawSqlRollupP95Ms);
    const targets: Target[] = [
      {
        metric: 'provinceRollupP95Ms',
        value: results.provinceRollupP95Ms,
        target: '≤ 50',
        met: results.provinceRollupP95Ms <= 50,
      },
      { metric: 'provinceRollupP95Ms / rawSqlRollupP95Ms', value: ratio, target: '≤ 3', met: ratio <= 3 },
      {
        metric: 'nationalRollupP95Ms',
        value: results.nationalRollupP95Ms,
        target: '≤ 300',
        met: results.nationalRollupP95Ms <= 300,
      },
      {
        metric: 'reminderScanMs',
        value: results.reminderScanMs,
        target: '≤ 5000',
        met: results.reminderScanMs <= 5000,
      },
      {
        metric: 'recomputeAllMs',
        value: results.recomputeAllMs,
        target: '≤ 60000',
        met: results.recomputeAllMs <= 60000,
      },
      { metric: 'apiRssMb', value: results.apiRssMb, target: '≤ 300', met: results.apiRssMb <= 300 },
    ];
    const targetOf = new Map(targets.map((t) => [t.metric, t]));
    const conns: Record<string, string> = {
      provinceRollupP95Ms: `${LATENCY_CONNECTIONS} conn, province ${SEEDED_PROVINCE} (158 LAOs)`,
      largestProvinceRollupP95Ms: `${LATENCY_CONNECTIONS} conn, province ${facts.largest.code} (${facts.largest.n} LAOs)`,
      nationalRollupP95Ms: `${NATIONAL_CONNECTIONS} conn, 7,850 LAOs, per-province totals`,
      nationalRollupEverythingP95Ms: `${NATIONAL_CONNECTIONS} conn, + every district, type, grade`,
      measuresListP95Ms: `${LATENCY_CONNECTIONS} conn`,
      organizationProgressP95Ms: `${LATENCY_CONNECTIONS} conn`,
      rawSqlRollupP95Ms: `${LATENCY_CONNECTIONS} conn, pg, app role, RLS on`,
      rawSqlRollupNoRlsP95Ms: `${LATENCY_CONNECTIONS} conn, pg, owner (RLS bypassed)`,
      rawSqlNationalRollupP95Ms: `${LATENCY_CONNECTIONS} conn, pg, app role (ADMIN)`,
      throughputRps: `${THROUGHPUT_CONNECTIONS} conn, province roll-up (p95 ${loads.throughput.p95Ms} ms)`,
      rlsCostP95Ms: 'app role with RLS minus owner without, same statement',
      rawSqlRollupSequentialMs: 'pg, one at a time, median of 200, app role, RLS on',
      rawSqlRollupSequentialNoRlsMs: 'the same, owner (RLS bypassed), interleaved',
      rlsCostMs: 'RLS cost of the province statement (medians)',
      reminderScanMs: `as of ${today}: candidates, outbox INSERT, one send job each`,
      reminderScanSqlMs: 'the INSERT … SELECT and its commit',
      reminderScanEnqueueMs: 'addBulk of the send jobs',
      remindersCreated: 'outbox rows and BullMQ jobs',
      nextDayReminderScanMs: `as of ${addDays(today, 1)}, after the first`,
      nextDayRemindersCreated: 'new windows only',
      recomputeAllMs: `worker job recompute-all-progress, FY${current}, 7,850 LAOs`,
      recomputePreviousYearMs: `ProgressService.recomputeMany, FY${years.previous}`,
      apiRssMb: 'API process at the end of all load',
      sqlStatementsPerRollup: summary(rollupStatements),
      sqlStatementsPerNationalRollup: summary(nationalStatements),
    };
    const rows: [string, string, string, string][] = [['metric', 'value', 'target', 'notes']];
    for (const [metric, value] of Object.entries(results)) {
      const t = targetOf.get(metric);
      rows.push([
        metric,
        String(value),
        t ? `${t.target} ${t.met ? 'met' : 'MISSED'}` : '',
        conns[metric] ?? '',
      ]);
    }
    const r = targetOf.get('provinceRollupP95Ms / rawSqlRollupP95Ms')!;
    rows.push([
      'provinceRollup / rawSql',
      `${ratio}×`,
      `${r.target} ${r.met ? 'met' : 'MISSED'}`,
      'HTTP p95 over the SQL floor',
    ]);
    console.log('');
    printTable(rows);
    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          ...results,
          targets,
          scenarios: { ...loads, rawRls, rawOwner, rawNational },
          apiMemoryAfter: memoryAfter,
          dataset: counts,
          largestProvince: facts.largest,
          fiscalYears: years,
          today,
          statements: { rollup: summary(rollupStatements), national: summary(nationalStatements) },
          sample: {
            province14: {
              organizationCount: check.provinceRollup.organizationCount,
              passingCount: check.provinceRollup.passingCount,
              averageScore: check.provinceRollup.averageScore,
              previousYearAverageScore: check.provinceRollup.previousYear.averageScore,
            },
            largest: { passingCount: largestCheck.provinceRollup.passingCount },
            national: {
              passingPercent: national.nationalRollup.passingPercent,
              averageScore: national.nationalRollup.averageScore,
            },
          },
          machine: {
            cpus: cpus().length,
            node: process.version,
            loadAverage: { start: loadAtStart, end: loadavg() },
          },
          seconds: SECONDS,
          at: new Date().toISOString(),
        },
        null,
        2,
      )}\n`,
    );
    log(`wrote ${RESULTS}`);
    const missed = targets.filter((t) => !t.met);
    if (missed.length) log(`targets missed: ${missed.map((t) => t.metric).join(', ')}`);
  } finally {
    api?.kill();
    await worker?.close().catch(() => undefined);
    const removed = await cleanRedis(config.redis.url, config.redis.queuePrefix).catch((e: Error) => {
      log(`could not clean Redis: ${e.message}`);
      return 0;
    });
    log(`removed ${removed} Redis keys under ${config.redis.queuePrefix}`);
    if (keep) log(`--keep: database ${config.database.databaseName} kept`);
    else {
      await dropDatabase(config);
      log(`dropped database ${config.database.databaseName}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('bench failed:', err);
    process.exit(1);
  },
);
