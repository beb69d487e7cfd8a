import { formatIsoDate } from './internal/civil-days';
import { toGregorianYear } from './to-gregorian-year';

export interface FiscalYearRange {
  /** 1 October of the previous Gregorian year. */
  start: string;
  /** 30 September, inclusive. */
  end: string;
}

// Any year below this is a Gregorian year passed by mistake (2400 BE = 1857 CE), the classic Thai-date bug;
// without the guard fiscalYearRange(2023) would quietly return dates in 1479.
const MIN_BUDDHIST_YEAR = 2400;
const MAX_BUDDHIST_YEAR = 9999 + 543;

/** FY2566 → { start: '2022-10-01', end: '2023-09-30' }. `fy` is a Buddhist-era year. */
export function fiscalYearRange(fy: number): FiscalYearRange {
  if (!Number.isInteger(fy) || fy < MIN_BUDDHIST_YEAR || fy > MAX_BUDDHIST_YEAR) {
    throw new RangeError(`fiscalYearRange: expected a Buddhist-era fiscal year such as 2566, got ${fy}`);
  }
  const gregorian = toGregorianYear(fy);
  return { start: formatIsoDate(gregorian - 1, 10, 1), end: formatIsoDate(gregorian, 9, 30) };
}
