import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from '../lib/bench-log';

/** What `bench:web --json=<file>` writes: the figures `npm run bench` reports. */
export interface WebBenchFigures {
  /** Gzipped JS + CSS of the sign-in page, and of sign-in → an LAO's dashboard. */
  signInKb: number;
  dashboardKb: number;
  /** Navigation → the LAO dashboard's estimated score visible, median of 20. */
  dashboardScoreMs: number;
  /** The province dashboards: navigation → the pass count visible, and → every part drawn; medians. */
  province: { code: string; laos: string; passCountMs: number; wholeMs: number };
  largest: { code: string; laos: string; passCountMs: number; wholeMs: number };
}

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The web app's budgets (issues 10 and 11), printed beside the server's: `npm run bench:web` run as a child
 * process (it boots its own API and database as the browser tests do, and drives Chromium), its figures
 * read back from the file it writes. Run first, alone, so the browser shares the machine with nothing.
 */
export async function webScenario(): Promise<WebBenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-bench-web-'));
  const out = join(dir, 'web.json');
  try {
    log('web: npm run bench:web (Chromium against a fresh API)');
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['-r', './test/setup/ts-register.js', 'test/web/tools/bench-web.ts', `--json=${out}`],
        { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
      );
      child.on('error', reject);
      child.on('exit', resolve);
    });
    // A missed budget exits 1 with the figures written; anything else without them is a failure.
    let figures: WebBenchFigures;
    try {
      figures = JSON.parse(readFileSync(out, 'utf8')) as WebBenchFigures;
    } catch {
      throw new Error(`bench:web wrote no figures (exit ${code})`);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
