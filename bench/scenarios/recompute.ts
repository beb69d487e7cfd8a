import { AppConfig } from '@prongsai/config';
import { ProgressModule, ProgressRecomputeService } from '@prongsai/progress';
import { withOwner } from '../../scripts/lib/tasks';
import { timed } from '../lib/bench-log';
import { SyntheticYears } from '../lib/synthetic-data';
import { withCommandContext } from '../../scripts/lib/command-context';

export interface RecomputeResult {
  recomputeAllMs: number;
  recomputePreviousYearMs: number;
}

/**
 * The worker's nightly job (`recompute-all-progress` calls `ProgressRecomputeService.recomputeAll()`:
 * every organization of the current fiscal year), then a past year the nightly job no longer covers, by
 * the same service in the same batches.
 */
export async function recomputeScenario(config: AppConfig, years: SyntheticYears): Promise<RecomputeResult> {
  const timings = await withCommandContext(config, [ProgressModule], async (app) => {
    const recompute = app.get(ProgressRecomputeService);
    const [, recomputeAllMs] = await timed(`recompute all (worker job, FY${years.current})`, () =>
      recompute.recomputeAll(),
    );
    const [, recomputePreviousYearMs] = await timed(`recompute FY${years.previous}`, () =>
      recompute.recomputeAll(years.previous),
    );
    return { recomputeAllMs, recomputePreviousYearMs };
  });
  // Fresh statistics for the progress rows just written: the API's roll-up plans read them next.
  await withOwner(config, (ds) => ds.query('VACUUM ANALYZE organization_progress'));
  return timings;
}
