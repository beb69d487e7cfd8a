import { ProgressRecomputeService } from '@prongsai/progress';
import { bangkokToday, fiscalYearOf } from '@prongsai/thai';
import { seedDemoUsers, demoSupervisorEmail } from '@prongsai/auth';
import { withOwner } from '../../../scripts/lib/tasks';
import {
  ensureFrameworks,
  insertActivity,
  insertGeography,
  MAX_PROVINCE,
} from '../../../bench/lib/synthetic-data';
import { DEMO_PASSWORD, TestApp } from '../../setup/test-app';

/** Not a real LAO province's code in the test database (the seed has province 14 only). */
const LARGE_PROVINCE = '11';

/**
 * Adds the national bench's largest synthetic province (330 LAOs, with its measures, scores, OIT items and
 * survey targets of this fiscal year and the last) to a test database, recomputes its progress as the
 * nightly job would, and gives it a demo supervisor. For bench:web's second province figure.
 */
export async function addLargestProvince(
  t: TestApp,
): Promise<{ code: string; size: number; fiscalYear: number; supervisor: string }> {
  const current = fiscalYearOf(bangkokToday());
  const years = { current, previous: current - 1 };
  await withOwner(t.config, async (ds) => {
    const q = ds.createQueryRunner();
    try {
      await insertGeography(q, [{ code: LARGE_PROVINCE, size: MAX_PROVINCE }]);
      await ensureFrameworks(q, years);
      await insertActivity(q, years, bangkokToday(), (_label, fn) => fn(), [LARGE_PROVINCE]);
      await seedDemoUsers(ds.manager, DEMO_PASSWORD);
    } finally {
      await q.release();
    }
  });
  const recompute = t.app.get(ProgressRecomputeService, { strict: false });
  await recompute.recomputeAll(years.current);
  await recompute.recomputeAll(years.previous);
  await withOwner(t.config, (ds) => ds.query('VACUUM ANALYZE'));
  return {
    code: LARGE_PROVINCE,
    size: MAX_PROVINCE,
    fiscalYear: current,
    supervisor: demoSupervisorEmail(LARGE_PROVINCE),
  };
}
