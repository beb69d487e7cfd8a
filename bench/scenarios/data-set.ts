import { AppConfig } from '@prongsai/config';
import { migrate, seed, withOwner } from '../../scripts/lib/tasks';
import { timed } from '../lib/bench-log';
import {
  SyntheticYears,
  datasetCounts,
  ensureFrameworks,
  insertActivity,
  insertGeography,
} from '../lib/synthetic-data';

/**
 * A fresh database with the national data set: migrated, 75 generated provinces beside the seeded one,
 * the seed (province 14, frameworks, demo accounts for every province and LAO), then measures, steps,
 * assignees, OIT items, scores and survey targets of two years (lib/synthetic-data.ts). Returns the row
 * counts of the tables it filled.
 */
export async function buildDataSet(
  config: AppConfig,
  years: SyntheticYears,
  today: string,
): Promise<Record<string, number>> {
  await timed('migrate', () => migrate(config));
  await withOwner(config, async (ds) => {
    const q = ds.createQueryRunner();
    try {
      await timed('geography (75 generated provinces)', () => insertGeography(q));
    } finally {
      await q.release();
    }
  });
  await timed('seed (province 14, frameworks, demo accounts for every province and LAO)', () => seed(config));
  return withOwner(config, async (ds) => {
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
}
