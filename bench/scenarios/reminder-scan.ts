import { AppConfig } from '@prongsai/config';
import { addDays } from '@prongsai/thai';
import { ReminderScanService, RemindersModule, ScanResult } from '@prongsai/reminders';
import { timed } from '../lib/bench-log';
import { withWorkerContext } from '../lib/worker-context';

export interface ReminderScanScenarioResult {
  first: ScanResult;
  firstMs: number;
  nextDay: ScanResult;
  nextDayMs: number;
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
  return withWorkerContext(config, [RemindersModule], async (app) => {
    const scan = (asOf: string) => app.get(ReminderScanService).scan(asOf, 'bench reminder scan');
    const [first, firstMs] = await timed(
      `reminder scan (all ${measures} measures and their dated steps, scan + enqueue)`,
      () => scan(today),
    );
    const [nextDay, nextDayMs] = await timed(`reminder scan, the next day`, () => scan(addDays(today, 1)));
    return { first, firstMs, nextDay, nextDayMs };
  });
}
