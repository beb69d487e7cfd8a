import { addDays } from './add-days';
import { fiscalYearOf } from './fiscal-year-of';
import { fiscalYearRange } from './fiscal-year-range';

describe('fiscalYearRange', () => {
  it.each([
    ['FY2565', 2565, '2021-10-01', '2022-09-30'],
    ['FY2566', 2566, '2022-10-01', '2023-09-30'],
    ['FY2568', 2568, '2024-10-01', '2025-09-30'],
  ])('%s', (_name, fy, start, end) => {
    expect(fiscalYearRange(fy)).toEqual({ start, end });
  });

  it.each([2565, 2566, 2567, 2568])(
    'FY%i: its bounds map back to it and the neighbours lie outside',
    (fy) => {
      const { start, end } = fiscalYearRange(fy);
      expect([fiscalYearOf(start), fiscalYearOf(end)]).toEqual([fy, fy]);
      expect([fiscalYearOf(addDays(start, -1)), fiscalYearOf(addDays(end, 1))]).toEqual([fy - 1, fy + 1]);
    },
  );

  it.each([
    ['a Gregorian year by mistake', 2023],
    ['a fraction', 2566.5],
    ['NaN', Number.NaN],
  ])('rejects %s', (_name, fy) => {
    expect(() => fiscalYearRange(fy)).toThrow(/Buddhist-era fiscal year/);
  });
});
