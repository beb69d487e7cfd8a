import { bangkokToday } from './bangkok-today';
import { requireIsoDate } from './internal/require-iso-date';
import { toBuddhistYear } from './to-buddhist-year';

/**
 * The Thai fiscal year (Buddhist era) a date falls in: FY N runs 1 October N-1 … 30 September N, so
 * 2022-10-01 → 2566 and 2022-09-30 → 2565. A Date counts by its calendar day in Asia/Bangkok.
 */
export function fiscalYearOf(date: string | Date): number {
  const iso = typeof date === 'string' ? date : bangkokToday(date);
  const { year, month } = requireIsoDate(iso, 'fiscalYearOf');
  return toBuddhistYear(month >= 10 ? year + 1 : year);
}
