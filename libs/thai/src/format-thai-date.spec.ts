import { formatThaiDate, ThaiDateOptions } from './format-thai-date';

describe('formatThaiDate', () => {
  it.each<[string, string | Date, ThaiDateOptions | undefined, string]>([
    ['calendar date, defaults', '2023-02-10', undefined, '10 ก.พ. 2566'],
    ['Thai digits', '2023-02-10', { digits: 'thai' }, '๑๐ ก.พ. ๒๕๖๖'],
    ['Thai digits, short year', '2023-02-10', { digits: 'thai', shortYear: true }, '๑๐ ก.พ. ๖๖'],
    ['arabic digits, short year', '2023-02-10', { shortYear: true }, '10 ก.พ. 66'],
    ['long month', '2023-02-10', { month: 'long' }, '10 กุมภาพันธ์ 2566'],
    ['long month, Thai digits', '2023-09-30', { month: 'long', digits: 'thai' }, '๓๐ กันยายน ๒๕๖๖'],
    ['single-digit day is not padded', '2022-10-01', undefined, '1 ต.ค. 2565'],
    ['first day of the year', '2024-01-01', undefined, '1 ม.ค. 2567'],
    ['last day of the year', '2023-12-31', undefined, '31 ธ.ค. 2566'],
    ['leap day', '2024-02-29', undefined, '29 ก.พ. 2567'],
    ['first full Gregorian year', '1583-01-01', undefined, '1 ม.ค. 2126'],
    [
      'instant is read in Bangkok: 17:30Z is already the next day',
      new Date('2023-02-09T17:30:00Z'),
      undefined,
      '10 ก.พ. 2566',
    ],
    ['instant just before Bangkok midnight', new Date('2023-02-10T16:59:59Z'), undefined, '10 ก.พ. 2566'],
    [
      'instant, Thai digits and short year',
      new Date('2023-02-10T06:30:00Z'),
      { digits: 'thai', shortYear: true },
      '๑๐ ก.พ. ๖๖',
    ],
  ])('%s', (_name, input, opts, expected) => {
    expect(formatThaiDate(input, opts)).toBe(expected);
  });

  it.each([
    [
      'every short month name',
      'short',
      ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
    ],
    [
      'every long month name',
      'long',
      [
        'มกราคม',
        'กุมภาพันธ์',
        'มีนาคม',
        'เมษายน',
        'พฤษภาคม',
        'มิถุนายน',
        'กรกฎาคม',
        'สิงหาคม',
        'กันยายน',
        'ตุลาคม',
        'พฤศจิกายน',
        'ธันวาคม',
      ],
    ],
  ] as const)('%s', (_name, month, names) => {
    const printed = names.map((_, i) =>
      formatThaiDate(`2023-${String(i + 1).padStart(2, '0')}-15`, { month }),
    );
    expect(printed).toEqual(names.map((name) => `15 ${name} 2566`));
  });

  it('does not depend on the host time zone for calendar dates', () => {
    const original = process.env.TZ;
    try {
      // Far from Bangkok on both sides; a Date-based conversion would shift by a day in one of them.
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(formatThaiDate('2023-02-10')).toBe('10 ก.พ. 2566');
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('contains no era marker or unusual spaces', () => {
    expect(formatThaiDate('2023-02-10', { month: 'long' })).toMatch(/^\d+ [^\s\d]+ \d+$/);
  });

  it.each([['2023-02-30'], ['10/02/2023'], ['2023-2-10'], [''], ['1582-10-15']])('rejects %p', (input) => {
    expect(() => formatThaiDate(input)).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => formatThaiDate(new Date('nope'))).toThrow(RangeError);
  });
});
