import { fiscalYearOf } from './fiscal-year-of';

describe('fiscalYearOf', () => {
  it.each<[string, string | Date, number]>([
    ['first day of FY2566', '2022-10-01', 2566],
    ['last day of FY2565', '2022-09-30', 2565],
    ['the seed meeting, 10 Feb 2023', '2023-02-10', 2566],
    ['FY2566 results day, 10 Aug 2023', '2023-08-10', 2566],
    ['last day of FY2566', '2023-09-30', 2566],
    ['31 December belongs to the next fiscal year', '2023-12-31', 2567],
    ['1 January', '2024-01-01', 2567],
    ['instant read in Bangkok: 30 Sep 17:00Z is 1 Oct there', new Date('2023-09-30T17:00:00Z'), 2567],
    ['instant read in Bangkok: 30 Sep 16:59Z is still 30 Sep', new Date('2023-09-30T16:59:00Z'), 2566],
  ])('%s', (_name, date, expected) => {
    expect(fiscalYearOf(date)).toBe(expected);
  });

  it.each([['2023-13-01'], ['2023/10/01']])('rejects %p', (input) => {
    expect(() => fiscalYearOf(input)).toThrow(RangeError);
  });
});
