import { formatThaiDateTime } from './format-thai-date-time';

describe('formatThaiDateTime', () => {
  it.each<[string, string, 'arabic' | 'thai' | undefined, string]>([
    ['afternoon in Bangkok', '2023-02-10T06:30:00Z', undefined, '10 ก.พ. 2566 13:30 น.'],
    [
      'UTC evening is the next morning in Bangkok',
      '2023-02-09T23:05:00Z',
      undefined,
      '10 ก.พ. 2566 06:05 น.',
    ],
    [
      'just after Bangkok midnight prints 00, not 24',
      '2023-02-09T17:05:00Z',
      undefined,
      '10 ก.พ. 2566 00:05 น.',
    ],
    ['end of the fiscal year', '2023-09-30T16:59:00Z', undefined, '30 ก.ย. 2566 23:59 น.'],
    ['Thai digits', '2023-02-10T06:30:00Z', 'thai', '๑๐ ก.พ. ๒๕๖๖ ๑๓:๓๐ น.'],
  ])('%s', (_name, iso, digits, expected) => {
    expect(formatThaiDateTime(new Date(iso), { digits })).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => formatThaiDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
