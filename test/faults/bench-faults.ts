import { runFaultSuites } from '../setup/fault-figures';

/**
 * `npm run bench:faults`: the fault tests of issue 16, run one after another, and what they measured in one
 * place — requests failed while PostgreSQL was down and seconds to recover; reminders sent exactly once
 * across a Redis restart (while sending, during a scan, during the worker's scan job), a worker killed with
 * SIGKILL mid-batch and an SMTP server refusing. Each test asserts its guarantees (only 503s, no write
 * half-applied, no reminder lost or doubled) and then records its figures (test/setup/fault-figures.ts), so
 * a figure printed here is one whose fault was handled. Bounded and loopback only: a PostgreSQL cluster and
 * redis-servers of the tests' own, never the machine's. Exit code: the tests'.
 */
const SUITES = [
  'test/platform/postgres-restart.e2e-spec.ts',
  'test/worker/redis-restart.int-spec.ts',
  'test/worker/worker-faults.int-spec.ts',
];

const started = Date.now();
const { records, status, output } = runFaultSuites(SUITES);
console.log(`Fault figures (${SUITES.length} suites, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const { fault, figures } of records) {
  console.log(`\n${fault}`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(width)}  ${value}`);
}
const passed = status === 0;
console.log(
  `\n${passed ? 'All fault tests passed' : 'FAILED: a fault was not handled (the tests’ output follows)'}; ` +
    `${records.length} figure sets.`,
);
if (!passed) console.log(output);
process.exit(status ?? 1);
