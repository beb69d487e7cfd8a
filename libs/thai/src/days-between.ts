import { isoDateToDays } from './internal/require-iso-date';

/**
 * Calendar days from `fromIso` to `toIso`: positive when `toIso` is later, 0 on the same day.
 * daysBetween(today, dueDate) is the days left; a negative result is the days overdue.
 */
export function daysBetween(fromIso: string, toIso: string): number {
  return isoDateToDays(toIso, 'daysBetween(to)') - isoDateToDays(fromIso, 'daysBetween(from)');
}
