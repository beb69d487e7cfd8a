import { bangkokToday, fiscalYearOf } from '@prongsai/thai';

/** The Buddhist-era fiscal year today is in, in Asia/Bangkok (2570 = 2026-10-01 … 2027-09-30). */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(bangkokToday(now));
}

/**
 * Which year a page shows: the one asked for (`?fiscalYear=`), else the current year when it has a
 * framework, else the latest year that has one. `fellBack` says the current year had to be skipped.
 */
export function chooseFiscalYear(
  asked: number | null,
  yearsWithFramework: readonly number[],
  current: number = currentFiscalYear(),
): { year: number; fellBack: boolean } {
  if (asked !== null) return { year: asked, fellBack: false };
  if (yearsWithFramework.includes(current) || yearsWithFramework.length === 0) {
    return { year: current, fellBack: false };
  }
  return { year: Math.max(...yearsWithFramework), fellBack: true };
}
