import { formatThaiDateInput, parseThaiDateInput, ThaiDateInputError } from './parse-thai-date-input';

describe('parseThaiDateInput: what an official types into a date field', () => {
  it.each<[string, string, string]>([
    ['the contract example', '15/02/2566', '2023-02-15'],
    ['no leading zeros', '15/2/2566', '2023-02-15'],
    ['dashes', '15-2-2566', '2023-02-15'],
    ['dots and spaces', ' 1 . 10 . 2565 ', '2022-10-01'],
    ['Thai digits', '๑๕/๐๒/๒๕๖๖', '2023-02-15'],
    ['a two-digit year is 25xx', '30/9/66', '2023-09-30'],
    ['the last day of the fiscal year 2570', '30/09/2570', '2027-09-30'],
    ['29 February of a leap year (2567 = 2024)', '29/02/2567', '2024-02-29'],
    ['the lowest accepted year', '01/01/2400', '1857-01-01'],
    ['the highest accepted year', '31/12/2999', '2456-12-31'],
  ])('%s: %p → %p', (_case, text, iso) => {
    expect(parseThaiDateInput(text)).toEqual({ ok: true, value: iso });
  });

  it.each<[string, string, ThaiDateInputError]>([
    ['empty', '', 'EMPTY'],
    ['blank', '   ', 'EMPTY'],
    ['an ISO date is not what the field takes', '2023-02-15', 'FORMAT'],
    ['words', '15 ก.พ. 2566', 'FORMAT'],
    ['a three-digit year', '15/02/256', 'FORMAT'],
    ['a Gregorian year typed by habit', '15/02/2023', 'YEAR_NOT_BUDDHIST_ERA'],
    ['just below the range', '31/12/2399', 'YEAR_NOT_BUDDHIST_ERA'],
    ['just above the range', '01/01/3000', 'YEAR_NOT_BUDDHIST_ERA'],
    ['month 13', '15/13/2566', 'MONTH_OUT_OF_RANGE'],
    ['month 0', '15/0/2566', 'MONTH_OUT_OF_RANGE'],
    ['30 February', '30/02/2566', 'DAY_OUT_OF_RANGE'],
    ['29 February of a common year (2566 = 2023)', '29/02/2566', 'DAY_OUT_OF_RANGE'],
    ['31 April', '31/04/2566', 'DAY_OUT_OF_RANGE'],
    ['day 0', '0/04/2566', 'DAY_OUT_OF_RANGE'],
  ])('%s: %p → %s', (_case, text, reason) => {
    const result = parseThaiDateInput(text);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok === false && result.message.length).toBeGreaterThan(0);
  });

  it('refuses what is not a string without throwing (untyped form values)', () => {
    expect(parseThaiDateInput(undefined as unknown as string)).toMatchObject({ ok: false, reason: 'EMPTY' });
  });
});

describe('formatThaiDateInput: the field shows what it would parse', () => {
  it.each([
    ['2023-02-15', '15/02/2566'],
    ['2022-10-01', '01/10/2565'],
    ['2027-09-30', '30/09/2570'],
  ])('%s → %s, and back', (iso, text) => {
    expect(formatThaiDateInput(iso)).toBe(text);
    expect(parseThaiDateInput(text)).toEqual({ ok: true, value: iso });
  });

  it('throws on a date that is not valid ISO', () => {
    expect(() => formatThaiDateInput('2023-02-30')).toThrow(RangeError);
  });
});
