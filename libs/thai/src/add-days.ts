import { civilFromDays, daysFromCivil, formatIsoDate } from './internal/civil-days';
import { isoDateToDays } from './internal/require-iso-date';

const LAST_DAY = daysFromCivil(9999, 12, 31);
const FIRST_DAY = daysFromCivil(1, 1, 1);

/** Calendar-day arithmetic on 'YYYY-MM-DD' (no time zone, no DST): addDays('2024-02-28', 1) → '2024-02-29'. */
export function addDays(isoDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: ${n} is not a whole number of days`);
  const days = isoDateToDays(isoDate, 'addDays') + n;
  if (days < FIRST_DAY || days > LAST_DAY) throw new RangeError(`addDays: result is outside 0001–9999`);
  const { year, month, day } = civilFromDays(days);
  return formatIsoDate(year, month, day);
}
