import { parseIsoDate } from './parse-iso-date';

describe('parseIsoDate', () => {
  it.each([
    ['an ordinary date', '2023-02-10'],
    ['leap day in a leap year', '2024-02-29'],
    ['leap day in a 400-year leap year', '2000-02-29'],
    ['leap day in the next 400-year leap year', '2400-02-29'],
    ['31 in a 31-day month', '2023-01-31'],
    ['30 in a 30-day month', '2023-04-30'],
    ['smallest year', '0001-01-01'],
    ['largest year', '9999-12-31'],
  ])('accepts %s', (_name, input) => {
    expect(parseIsoDate(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['30 February', '2023-02-30', /day 30 .*01–28/],
    ['29 February in a common year', '2023-02-29', /day 29 .*01–28/],
    ['29 February in a century year', '1900-02-29', /day 29 .*01–28/],
    ['29 February in 2100 (a century, not a 400th)', '2100-02-29', /day 29 .*01–28.*2100-02/],
    ['31 April', '2023-04-31', /day 31 .*01–30/],
    ['day 00', '2023-02-00', /day 00/],
    ['month 13', '2023-13-01', /month 13/],
    ['month 00', '2023-00-10', /month 00/],
    ['year 0000', '0000-01-01', /year 0000/],
    ['a Thai-style date', '10/02/2566', /YYYY-MM-DD/],
    ['unpadded month', '2023-2-10', /YYYY-MM-DD/],
    ['a timestamp', '2023-02-10T00:00:00Z', /YYYY-MM-DD/],
    ['surrounding space', ' 2023-02-10', /YYYY-MM-DD/],
    ['Thai digits', '๒๐๒๓-๐๒-๑๐', /YYYY-MM-DD/],
    ['empty string', '', /YYYY-MM-DD/],
  ])('rejects %s', (_name, input, reason) => {
    const result = parseIsoDate(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('rejects a non-string that slipped past the types', () => {
    expect(parseIsoDate(null as unknown as string)).toEqual({ ok: false, reason: expect.any(String) });
  });
});
