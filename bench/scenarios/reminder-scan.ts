import { AppConfig } from '@prongsai/config';
import { addDays } from '@prongsai/thai';
import { ReminderScanService, RemindersModule, ScanResult } from '@prongsai/reminders';
import { timed } from '../lib/bench-log';
import { withCommandContext } from '../../scripts/lib/command-context';
import { withOwner } from '../../scripts/lib/tasks';

export interface ReminderScanScenarioResult {
  first: ScanResult;
  firstMs: number;
  nextDay: ScanResult;
  nextDayMs: number;
  /** 90 days on (more overdue measures): a scan after a gap, which reads every overdue one, then the next day's. */
  later: ScanResult;
  laterMs: number;
  laterNextDay: ScanResult;
  laterNextDayMs: number;
  /** Open measures and undone dated steps overdue on the later next day: what a scan used to read daily. */
  laterOverdue: number;
}

/**
 * The worker's daily reminder scan over every measure and dated step (the outbox INSERT … SELECT, then one
 * send job per new row). The first scan of a new data set is the worst case (every overdue measure and step
 * is due a reminder at once); the next day's shows the daily steady state (new windows only). The only
 * place the benchmark touches the reminder/outbox libs.
 */
export async function reminderScanScenario(
  config: AppConfig,
  today: string,
  measures: number,
): Promise<ReminderScanScenarioResult> {
  return withCommandContext(config, [RemindersModule], async (app) => {
    const scan = (asOf: string) => app.get(ReminderScanService).scan(asOf, 'bench reminder scan');
    const [first, firstMs] = await timed(
      `reminder scan (all ${measures} measures and their dated steps, scan + enqueue)`,
      () => scan(today),
    );
    const [nextDay, nextDayMs] = await timed(`reminder scan, the next day`, () => scan(addDays(today, 1)));
    // Its cost grows with the reminders due, not with the overdue measures (issue 16): 90 days on, more are
    // overdue; the scan after the gap reads them all, the next day's only the weekly ones due.
    const laterDay = addDays(today, 90);
    const [later, laterMs] = await timed(`reminder scan as of ${addDays(laterDay, -1)} (after a gap)`, () =>
      scan(addDays(laterDay, -1)),
    );
    const [laterNextDay, laterNextDayMs] = await timed(`reminder scan, the next day (${laterDay})`, () =>
      scan(laterDay),
    );
    // As the owner: the runtime role sees no rows outside a tenant context.
    const [{ overdue }] = await withOwner(config, (ds) =>
      ds.query<{ overdue: number }[]>(
        `SELECT (SELECT count(*) FROM measures WHERE status IN ('PLANNED', 'IN_PROGRESS') AND due_date < $1::date)
            + (SELECT count(*) FROM measure_steps WHERE completed_at IS NULL AND due_date < $1::date) AS overdue`,
        [laterDay],
      ),
    );
    return {
      first,
      firstMs,
      nextDay,
      nextDayMs,
      later,
      laterMs,
      laterNextDay,
      laterNextDayMs,
      laterOverdue: Number(overdue),
    };
  });
}
