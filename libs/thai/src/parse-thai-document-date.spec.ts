import { parseThaiDocumentDate, ThaiDocumentDateError } from './parse-thai-document-date';

describe('parseThaiDocumentDate: due dates as Thai documents and spreadsheets write them', () => {
  it.each<[string, string, string]>([
    ['ISO', '2023-02-10', '2023-02-10'],
    ['day/month/Buddhist year', '10/02/2566', '2023-02-10'],
    ['day/month/two-digit year', '10/2/66', '2023-02-10'],
    ['day/month/year in Thai digits', '๑๐/๐๒/๒๕๖๖', '2023-02-10'],
    ['the seed: a Thai short date in Thai digits', '๑๐ ก.พ. ๖๖', '2023-02-10'],
    ['the seed: 27 Dec 2565', '๒๗ ธ.ค. ๖๕', '2022-12-27'],
    ['the seed: 15 Feb 2566', '๑๕ ก.พ. ๖๖', '2023-02-15'],
    ['a Thai short date in Arabic digits', '10 ก.พ. 66', '2023-02-10'],
    ['a four-digit Buddhist year', '10 ก.พ. 2566', '2023-02-10'],
    ['no spaces', '10ก.พ.66', '2023-02-10'],
    ['no dots', '10 กพ 66', '2023-02-10'],
    ['a long month name with พ.ศ.', '10 กุมภาพันธ์ พ.ศ. 2566', '2023-02-10'],
    ['May (พ.ค., not พ.ศ.)', '5 พ.ค. 66', '2023-05-05'],
    ['the seed: a month range is the last day of its last month', 'ม.ค. - มี.ค. ๖๖', '2023-03-31'],
    ['a range across fiscal years', 'ต.ค. ๖๕ – มี.ค. ๖๖', '2023-03-31'],
    ['a range with ถึง', 'มกราคม ถึง กุมภาพันธ์ 2567', '2024-02-29'],
    ['one month alone is its last day', 'มี.ค. ๖๖', '2023-03-31'],
    ['a range of days ends on its last day', '1 - 15 ก.พ. 66', '2023-02-15'],
    ['extra spaces and a line break', '  ๑๐   ก.พ.\n๖๖ ', '2023-02-10'],
  ])('%s: %p → %p', (_case, text, iso) => {
    expect(parseThaiDocumentDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each<[string, string, ThaiDocumentDateError]>([
    ['empty', '', 'EMPTY'],
    ['blank', '  ', 'EMPTY'],
    ['words', 'ภายในปีงบประมาณ', 'FORMAT'],
    ['no year', '10 ก.พ.', 'FORMAT'],
    ['a range without a year', 'ม.ค. - มี.ค.', 'FORMAT'],
    ['an unknown month', '10 กพา 66', 'UNKNOWN_MONTH'],
    ['a typo at the start of a range', 'มคx - มี.ค. 66', 'FORMAT'],
    ['a Gregorian year in a Thai date', '10 ก.พ. 2023', 'YEAR_NOT_BUDDHIST_ERA'],
    ['a Gregorian year typed day/month/year', '10/02/2023', 'YEAR_NOT_BUDDHIST_ERA'],
    ['30 February', '30 ก.พ. 66', 'DAY_OUT_OF_RANGE'],
    ['an impossible ISO date', '2023-02-30', 'DAY_OUT_OF_RANGE'],
    ['month 13', '10/13/2566', 'MONTH_OUT_OF_RANGE'],
  ])('%s: %p → %s', (_case, text, reason) => {
    const result = parseThaiDocumentDate(text);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok === false && result.message.length).toBeGreaterThan(0);
  });

  it('refuses what is not a string without throwing (untyped cell values)', () => {
    expect(parseThaiDocumentDate(42 as unknown as string)).toMatchObject({ ok: false, reason: 'EMPTY' });
  });
});

describe('parseThaiDocumentDate: every month word, the bounds, ranges and what the errors say', () => {
  const months = [
    ['ม.ค.', 'มกราคม'],
    ['ก.พ.', 'กุมภาพันธ์'],
    ['มี.ค.', 'มีนาคม'],
    ['เม.ย.', 'เมษายน'],
    ['พ.ค.', 'พฤษภาคม'],
    ['มิ.ย.', 'มิถุนายน'],
    ['ก.ค.', 'กรกฎาคม'],
    ['ส.ค.', 'สิงหาคม'],
    ['ก.ย.', 'กันยายน'],
    ['ต.ค.', 'ตุลาคม'],
    ['พ.ย.', 'พฤศจิกายน'],
    ['ธ.ค.', 'ธันวาคม'],
  ].flatMap(([short, long], i) => {
    const iso = `2023-${String(i + 1).padStart(2, '0')}-01`;
    return [
      [`${short} (short)`, `1 ${short} 66`, iso],
      [`${long} (long)`, `1 ${long} 2566`, iso],
    ];
  });

  it.each(months)('month %s', (_name, text, iso) => {
    expect(parseThaiDocumentDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each<[string, string, string]>([
    ['the lowest Buddhist year, 2400', '1 ม.ค. 2400', '1857-01-01'],
    ['the highest Buddhist year, 2999', '1 ม.ค. 2999', '2456-01-01'],
    ['a two-digit year 00 is 2500', '1 ม.ค. 00', '1957-01-01'],
    ['a range without spaces', 'ม.ค.-มี.ค. 66', '2023-03-31'],
    ['a range that starts with its separator', '- มี.ค. 66', '2023-03-31'],
    ['a doubled separator', 'ม.ค. - - มี.ค. 66', '2023-03-31'],
    ['a range of days from a two-digit day', '10 - 15 ก.พ. 66', '2023-02-15'],
  ])('%s: %p → %p', (_case, text, iso) => {
    expect(parseThaiDocumentDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each<[string, string, ThaiDocumentDateError, string]>([
    [
      'one below the lowest year',
      '1 ม.ค. 2399',
      'YEAR_NOT_BUDDHIST_ERA',
      'year 2399 is not a Buddhist-era year (2400–2999)',
    ],
    [
      'one above the highest year',
      '1 ม.ค. 3000',
      'YEAR_NOT_BUDDHIST_ERA',
      'year 3000 is not a Buddhist-era year (2400–2999)',
    ],
    ['day 0', '0 ก.พ. 66', 'DAY_OUT_OF_RANGE', 'day 0 is not 1–28 in that month'],
    ['30 February', '30 ก.พ. 66', 'DAY_OUT_OF_RANGE', 'day 30 is not 1–28 in that month'],
    ['a separator alone', 'ถึง', 'FORMAT', '"ถึง" is not a date or a range of two months'],
    [
      'three months',
      'ม.ค. - ก.พ. - มี.ค. 66',
      'FORMAT',
      '"ม.ค. - ก.พ. - มี.ค. 66" is not a date or a range of two months',
    ],
    [
      'text before an ISO date',
      'x2023-02-10',
      'FORMAT',
      '"x2023-02-10" is not a date or a range of two months',
    ],
    [
      'text after an ISO date',
      '2023-02-10x',
      'FORMAT',
      '"2023-02-10x" is not a date or a range of two months',
    ],
    ['runs of spaces are quoted as one', 'ภายใน   ปี', 'FORMAT', '"ภายใน ปี" has no year, e.g. ๑๐ ก.พ. ๖๖'],
    [
      'a year glued to the start month',
      'ม.ค.1 - 15 ก.พ. 66',
      'FORMAT',
      '"ม.ค.1" is not a day, a Thai month and a year, e.g. ๑๐ ก.พ. ๖๖',
    ],
    [
      'a typo after the start day',
      '1 มคx - 15 ก.พ. 66',
      'FORMAT',
      '"1 มคx" is not a day, a Thai month and a year, e.g. ๑๐ ก.พ. ๖๖',
    ],
    ['an unknown month', '10 กพา 66', 'UNKNOWN_MONTH', '"กพา" is not a Thai month'],
  ])('%s: %p → %s', (_case, text, reason, message) => {
    expect(parseThaiDocumentDate(text)).toEqual({ ok: false, reason, message });
  });
});
