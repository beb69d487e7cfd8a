import { addDays } from './add-days';
import { daysBetween } from './days-between';

describe('daysBetween', () => {
  it.each([
    ['same day', '2023-02-10', '2023-02-10', 0],
    ['due tomorrow', '2023-02-09', '2023-02-10', 1],
    ['due in 7 days', '2023-02-03', '2023-02-10', 7],
    ['overdue by 1 day', '2023-02-11', '2023-02-10', -1],
    ['across a leap day', '2024-02-28', '2024-03-01', 2],
    ['across a common-year February', '2023-02-28', '2023-03-01', 1],
    ['a fiscal year, inclusive bounds', '2022-10-01', '2023-09-30', 364],
    ['across a DST change elsewhere (no effect)', '2023-03-11', '2023-03-13', 2],
  ])('%s', (_name, from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([-400, -1, 0, 1, 59, 365, 1000])('inverts addDays by %i', (n) => {
    expect(daysBetween('2023-02-10', addDays('2023-02-10', n))).toBe(n);
  });

  it.each([
    ['an invalid from', '2023-02-30', '2023-03-01', /daysBetween\(from\)/],
    ['an invalid to', '2023-03-01', '2023-3-1', /daysBetween\(to\)/],
  ])('rejects %s', (_name, from, to, message) => {
    expect(() => daysBetween(from, to)).toThrow(message);
  });
});
