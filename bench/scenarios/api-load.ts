import { AppConfig } from '@prongsai/config';
import { withOwner } from '../../scripts/lib/tasks';
import { ApiProcess, gql, login } from '../lib/api-process';
import { log } from '../lib/bench-log';
import { LoadResult, loadTest } from '../lib/load';
import {
  LATENCY_CONNECTIONS,
  NATIONAL_CONNECTIONS,
  SECONDS,
  THROUGHPUT_CONNECTIONS,
  WARMUP_SECONDS,
} from '../lib/load-settings';
import { Statement, statementSummary } from '../lib/statement-counter';
import { MEASURES_PER_LAO, SEEDED_PROVINCE } from '../lib/synthetic-data';
import {
  MEASURES_QUERY,
  NATIONAL_EVERYTHING_QUERY,
  NATIONAL_QUERY,
  PROGRESS_QUERY,
  ROLLUP_QUERY,
} from './api-queries';

/** Who and what the scenarios ask about, read from the data set. */
export interface BenchFacts {
  largest: { code: string; n: number };
  lead: { id: string; code: string };
  supervisorId: string;
  adminId: string;
}

export interface ApiMemory {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
}

interface RollupFigures {
  organizationCount: number;
  passingCount: number;
  averageScore: number | null;
  passingPercent: number | null;
  previousYear: { averageScore: number | null };
}

export interface ApiLoadResult {
  facts: BenchFacts;
  /** The answers of one request of each roll-up, checked and sampled into results.json. */
  checks: {
    province: { provinceRollup: RollupFigures };
    largest: { provinceRollup: RollupFigures };
    national: { nationalRollup: RollupFigures };
  };
  /** Every statement one province / national roll-up request sent, and the roll-up statement among them. */
  statements: { rollup: Statement[]; rollupCached: Statement[]; national: Statement[] };
  replay: { province: Statement; national: Statement };
  loads: {
    provinceRollup: LoadResult;
    largestProvinceRollup: LoadResult;
    nationalRollup: LoadResult;
    nationalRollupEverything: LoadResult;
    measuresList: LoadResult;
    organizationProgress: LoadResult;
    throughput: LoadResult;
  };
  memoryAfter: Record<string, ApiMemory>;
  /** The API process's resident memory at the end of all load. */
  rssBytes: number;
}

async function readFacts(config: AppConfig): Promise<BenchFacts> {
  return withOwner(config, async (ds) => {
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
}

/** As a write to anything a roll-up reads would: every cached roll-up must be computed again. */
export async function raiseDataVersions(config: AppConfig): Promise<void> {
  await withOwner(config, (ds) => ds.query(`UPDATE rollup_versions SET version = version + 1`));
}

/** The raw-SQL floor replays exactly the roll-up statement the API sent, with its parameters. */
/**
 * The roll-up statement the API ran, as the plain statement and parameters the raw-SQL floor and the peers
 * replay: the API sends it inside `prongsai_query_as(user, system, statement, params)` (TenantTransaction.
 * queryAlone), its `$n` written `($1[n])` and its six values as text ($1 provinces, $2 year, $3 today,
 * $4 at-risk length, $5 district, $6 type).
 */
function rollupStatementOf(statements: Statement[]): Statement {
  const found = statements.find((x) => x.query.includes('prongsai_query_as('));
  if (!found) throw new Error('no roll-up statement among those the API sent');
  const [, , inner, values] = found.parameters as [string, string, string, (string | null)[]];
  if (!inner.trimStart().startsWith('WITH orgs') || values.length !== 6)
    throw new Error(`unexpected roll-up statement: ${inner.slice(0, 40)}… (${values.length} values)`);
  const [codes, year, today, atRiskLimit, district, type] = values;
  return {
    query: inner.replace(/\(\$1\[(\d+)\]\)/g, '$$$1'),
    parameters: [
      codes === null
        ? null
        : codes
            .replace(/^\{|\}$/g, '')
            .split(',')
            .map((c) => c.replace(/^"|"$/g, '')),
      Number(year),
      today,
      Number(atRiskLimit),
      district,
      type,
    ],
  };
}

/**
 * The real API in a child process (app role, row-level security on): logs in as a supervisor, the largest
 * province's supervisor, ADMIN and an ITA lead, checks one answer of each roll-up and counts its SQL
 * statements, then loads each screen with autocannon and records the API's memory after each.
 */
export async function apiLoadScenario(
  config: AppConfig,
  fiscalYear: number,
  nodeFlags: readonly string[],
): Promise<ApiLoadResult> {
  const api = await ApiProcess.start(config, nodeFlags);
  try {
    log(`API (child process, app role, RLS on) at ${api.url}`);
    const facts = await readFacts(config);
    const password = config.demo.password;
    const tokens = {
      supervisor: await login(api.url, `supervisor.${SEEDED_PROVINCE}@prongsai.example`, password),
      largest: await login(api.url, `supervisor.${facts.largest.code}@prongsai.example`, password),
      admin: await login(api.url, 'admin@prongsai.example', password),
      lead: await login(api.url, `lead.${facts.lead.code}@prongsai.example`, password),
    };

    // One request of each kind first: the answers are right, and how many statements each costs (after a
    // warm-up: the year's framework is read once per process, then cached). Computed: a write first (the
    // data version raised, as any write to what a roll-up reads does), so the cache cannot answer; then the
    // same request again, answered from the cache.
    await gql(api.url, ROLLUP_QUERY, { p: SEEDED_PROVINCE, fy: fiscalYear }, tokens.supervisor);
    await gql(api.url, NATIONAL_QUERY, { fy: fiscalYear }, tokens.admin);
    await raiseDataVersions(config);
    await api.ask({ type: 'statements' });
    const province = await gql(
      api.url,
      ROLLUP_QUERY,
      { p: SEEDED_PROVINCE, fy: fiscalYear },
      tokens.supervisor,
    );
    const rollupStatements = (await api.ask({ type: 'statements' })).statements;
    await gql(api.url, ROLLUP_QUERY, { p: SEEDED_PROVINCE, fy: fiscalYear }, tokens.supervisor);
    const cachedStatements = (await api.ask({ type: 'statements' })).statements;
    if (province.provinceRollup.organizationCount !== 158)
      throw new Error('province 14 should have 158 LAOs');
    const national = await gql(api.url, NATIONAL_QUERY, { fy: fiscalYear }, tokens.admin);
    const nationalStatements = (await api.ask({ type: 'statements' })).statements;
    if (national.nationalRollup.organizationCount !== 7850)
      throw new Error('the country should have 7,850 LAOs');
    const largest = await gql(
      api.url,
      ROLLUP_QUERY,
      { p: facts.largest.code, fy: fiscalYear },
      tokens.largest,
    );
    await api.ask({ type: 'statements' });
    log(
      `roll-up: ${rollupStatements.length} statements computed (${statementSummary(rollupStatements)}), ` +
        `${cachedStatements.length} from the cache (${statementSummary(cachedStatements)}); national: ${nationalStatements.length}`,
    );
    const replay = {
      province: rollupStatementOf(rollupStatements),
      national: rollupStatementOf(nationalStatements),
    };

    await api.ask({ type: 'stop-counting' });
    const memory = async (): Promise<ApiMemory> => {
      const m = await api.ask({ type: 'rss' });
      const mb = (b: number) => Math.round(b / 1048576);
      return {
        rssMb: mb(m.rssBytes),
        heapUsedMb: mb(m.heapUsedBytes),
        heapTotalMb: mb(m.heapTotalBytes),
        externalMb: mb(m.externalBytes),
      };
    };
    const memoryAfter: Record<string, ApiMemory> = { boot: await memory() };
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
    const common = { url: api.url, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS };
    const loads = {
      provinceRollup: await scenario(`province roll-up (province ${SEEDED_PROVINCE}, 158 LAOs)`, {
        ...common,
        token: tokens.supervisor,
        query: ROLLUP_QUERY,
        variables: { p: SEEDED_PROVINCE, fy: fiscalYear },
        connections: LATENCY_CONNECTIONS,
      }),
      largestProvinceRollup: await scenario(
        `province roll-up (province ${facts.largest.code}, ${facts.largest.n} LAOs)`,
        {
          ...common,
          token: tokens.largest,
          query: ROLLUP_QUERY,
          variables: { p: facts.largest.code, fy: fiscalYear },
          connections: LATENCY_CONNECTIONS,
        },
      ),
      nationalRollup: await scenario('national roll-up (76 provinces, 7,850 LAOs)', {
        ...common,
        token: tokens.admin,
        query: NATIONAL_QUERY,
        variables: { fy: fiscalYear },
        connections: NATIONAL_CONNECTIONS,
      }),
      nationalRollupEverything: await scenario('national roll-up, every part of every province', {
        ...common,
        token: tokens.admin,
        query: NATIONAL_EVERYTHING_QUERY,
        variables: { fy: fiscalYear },
        connections: NATIONAL_CONNECTIONS,
      }),
      measuresList: await scenario(`measures list (${MEASURES_PER_LAO} measures × 5 steps)`, {
        ...common,
        token: tokens.lead,
        query: MEASURES_QUERY,
        variables: { id: facts.lead.id, fy: fiscalYear },
        connections: LATENCY_CONNECTIONS,
      }),
      organizationProgress: await scenario('organization progress', {
        ...common,
        token: tokens.lead,
        query: PROGRESS_QUERY,
        variables: { id: facts.lead.id, fy: fiscalYear },
        connections: LATENCY_CONNECTIONS,
      }),
      throughput: await scenario('province roll-up throughput', {
        ...common,
        token: tokens.supervisor,
        query: ROLLUP_QUERY,
        variables: { p: SEEDED_PROVINCE, fy: fiscalYear },
        connections: THROUGHPUT_CONNECTIONS,
      }),
    };
    const rssBytes = (await api.ask({ type: 'rss' })).rssBytes;
    // autocannon stops at its deadline with requests in flight: let them finish before the pool closes.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await api.close();
    return {
      facts,
      checks: { province, largest, national },
      statements: { rollup: rollupStatements, rollupCached: cachedStatements, national: nationalStatements },
      replay,
      loads,
      memoryAfter,
      rssBytes,
    };
  } finally {
    api.kill();
  }
}
