import { addDays } from './add-days';

describe('addDays', () => {
  it.each([
    ['zero days', '2023-02-10', 0, '2023-02-10'],
    ['a week ahead (the 7-day reminder)', '2023-02-03', 7, '2023-02-10'],
    ['into a leap day', '2024-02-28', 1, '2024-02-29'],
    ['over a common-year February', '2023-02-28', 1, '2023-03-01'],
    ['over a year end', '2023-12-31', 1, '2024-01-01'],
    ['backwards over a year start', '2024-01-01', -1, '2023-12-31'],
    ['backwards into a leap day', '2024-03-01', -1, '2024-02-29'],
    ['a whole leap year', '2024-01-01', 366, '2025-01-01'],
    ['a fiscal year', '2022-10-01', 364, '2023-09-30'],
    ['a 400-year cycle', '2000-01-01', 146097, '2400-01-01'],
  ])('%s', (_name, from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['an invalid date', '2023-02-30', 1],
    ['a fractional day count', '2023-02-10', 0.5],
    ['a result past 9999', '9999-12-31', 1],
    ['a result before 0001', '0001-01-01', -1],
  ])('rejects %s', (_name, from, n) => {
    expect(() => addDays(from, n)).toThrow(RangeError);
  });
});
