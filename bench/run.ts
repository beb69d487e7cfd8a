/**
 * `npm run bench`: Prongsai at national scale on this machine. Creates a fresh database, generates the
 * synthetic national data set, runs the worker's real progress recompute, boots the real API as a child
 * process connected as the app role (row-level security on) and loads it over HTTP (autocannon), replays
 * the roll-up statement as raw SQL, runs the reminder scan, writes the documents (an LAO's report, the
 * province pack, a 2,000-row import), prints a table and writes bench/results.json
 * (report.ts). Each step is a scenario in bench/scenarios/. The database and the Redis keys are removed at
 * the end, also on failure. `npm run bench -- --keep` keeps the database for profiling (its name is
 * printed); `--api-flag=<node flag>` sets the API process's Node flags (default: --max-old-space-size=160).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { loadConfigFromProcess } from '@prongsai/config';
import { bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { benchConfig, cleanRedis, dropDatabase } from './lib/bench-environment';
import { log } from './lib/bench-log';
import { report } from './report';
import { apiLoadScenario } from './scenarios/api-load';
import { buildDataSet } from './scenarios/data-set';
import { documentsScenario } from './scenarios/documents';
import { peersScenario } from './scenarios/peers';
import { rawSqlScenario } from './scenarios/raw-sql';
import { recomputeScenario } from './scenarios/recompute';
import { reminderScanScenario } from './scenarios/reminder-scan';
import { webScenario } from './scenarios/web';

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

  try {
    // First, on a quiet machine: after the national data set, PostgreSQL is still busy with it for a while
    // (autovacuum, checkpoints), which the browser's timings would include.
    const web = await webScenario();
    const dataset = await buildDataSet(config, years, today);
    log(`data set: ${JSON.stringify(dataset)}`);
    const recompute = await recomputeScenario(config, years);
    const api = await apiLoadScenario(config, current, API_NODE_FLAGS);
    const raw = await rawSqlScenario(config, api.facts, api.replay);
    const reminders = await reminderScanScenario(config, today, dataset.measures);
    const documents = await documentsScenario(config, current);
    const peers = await peersScenario(
      config,
      current,
      API_NODE_FLAGS,
      api.replay.province,
      api.facts.supervisorId,
    );
    const missed = report({
      today,
      years,
      dataset,
      apiNodeFlags: API_NODE_FLAGS,
      loadAtStart,
      recompute,
      api,
      raw,
      reminders,
      documents,
      peers,
      web,
    });
    if (missed.length) log(`targets missed: ${missed.map((t) => t.metric).join(', ')}`);
  } finally {
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
