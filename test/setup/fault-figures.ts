import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A figure of a fault test: a count, milliseconds, seconds, or a yes/no. */
export type FaultFigure = number | string | boolean | null;

/** One line of the fault figures file: which fault, and what it measured. */
export interface FaultRecord {
  fault: string;
  figures: Record<string, FaultFigure>;
}

/** Emails a sink received more than once (by notification id): what "exactly once" is about. */
export function duplicatesIn(sink: { countsByNotification(): Map<string, number> }): number {
  return [...sink.countsByNotification().values()].filter((n) => n > 1).length;
}

/**
 * What a fault test measured (requests failed during an outage, seconds to recover, reminders sent exactly
 * once): printed with the test's output, and appended as a JSON line to FAULT_FIGURES_FILE when
 * `npm run bench:faults` (test/faults/bench-faults.ts) runs the fault suites and prints them together.
 * Called after the test's assertions, so a figure is only ever recorded for a fault that was handled.
 */
export function recordFaultFigures(fault: string, figures: Record<string, FaultFigure>): void {
  console.log(`${fault}: ${JSON.stringify(figures, null, 1)}`);
  const file = process.env.FAULT_FIGURES_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ fault, figures } satisfies FaultRecord)}\n`);
}

/**
 * Runs jest on `suites`, one after another (the faults must not share the two cores), with
 * FAULT_FIGURES_FILE set, and returns what they recorded with jest's exit status and output.
 */
export function runFaultSuites(suites: readonly string[]): {
  records: FaultRecord[];
  status: number | null;
  output: string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'prongsai-faults-'));
  const file = path.join(dir, 'figures.jsonl');
  writeFileSync(file, '');
  try {
    const run = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--runInBand', '--selectProjects', 'integration', '--', ...suites],
      {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, FAULT_FIGURES_FILE: file },
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
    const records = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as FaultRecord);
    return { records, status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
