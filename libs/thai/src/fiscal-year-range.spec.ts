import { addDays } from './add-days';
import { fiscalYearOf } from './fiscal-year-of';
import { fiscalYearRange } from './fiscal-year-range';

describe('fiscalYearRange', () => {
  it.each([
    ['FY2565', 2565, '2021-10-01', '2022-09-30'],
    ['FY2566', 2566, '2022-10-01', '2023-09-30'],
    ['FY2568', 2568, '2024-10-01', '2025-09-30'],
    ['FY2570 (today)', 2570, '2026-10-01', '2027-09-30'],
    ['the lowest accepted year, 2400 BE', 2400, '1856-10-01', '1857-09-30'],
    ['the highest accepted year, 10542 BE (9999 CE)', 10542, '9998-10-01', '9999-09-30'],
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
    ['one below the lowest, 2399', 2399],
    ['one above the highest, 10543', 10543],
  ])('rejects %s', (_name, fy) => {
    expect(() => fiscalYearRange(fy)).toThrow(/Buddhist-era fiscal year/);
  });
});
