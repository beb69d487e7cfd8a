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
    // The century rules: divisible by 400 is a leap year, by 100 (and not 400) is not.
    ['into 2000-02-29 (a 400-year leap day)', '2000-02-28', 1, '2000-02-29'],
    ['into 2400-02-29 (the next one)', '2400-02-28', 1, '2400-02-29'],
    ['past 2100-02-28 (2100 is not a leap year)', '2100-02-28', 1, '2100-03-01'],
    ['past 1900-02-28 (nor is 1900)', '1900-02-28', 1, '1900-03-01'],
    ['back from 2100-03-01', '2100-03-01', -1, '2100-02-28'],
    ['back from 2000-03-01', '2000-03-01', -1, '2000-02-29'],
    // The bounds themselves are inside.
    ['onto the last day, 9999-12-31', '9999-12-30', 1, '9999-12-31'],
    ['onto the first day, 0001-01-01', '0001-01-02', -1, '0001-01-01'],
    ['the whole range at once', '0001-01-01', 3652058, '9999-12-31'],
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
