import { BANGKOK_TIME_ZONE } from './bangkok-time-zone';
import { dateParts } from './internal/date-parts';
import { formatIsoDate } from './internal/civil-days';
import { requireValidDate } from './internal/require-valid-date';

/**
 * The 'YYYY-MM-DD' calendar date of `now` in Asia/Bangkok — the day a Thai user would call "today"
 * (2023-02-09T17:30Z → '2023-02-10'). Reminders and overdue checks compare against this, never against the
 * server's local date.
 */
export function bangkokToday(now: Date = new Date()): string {
  const parts = dateParts(
    'en-US-u-ca-gregory-nu-latn',
    { timeZone: BANGKOK_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' },
    requireValidDate(now, 'bangkokToday'),
  );
  return formatIsoDate(Number(parts.year), Number(parts.month), Number(parts.day));
}
