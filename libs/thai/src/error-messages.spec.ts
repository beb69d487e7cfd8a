import { addDays } from './add-days';
import { bangkokToday } from './bangkok-today';
import { fiscalYearOf } from './fiscal-year-of';
import { fiscalYearRange } from './fiscal-year-range';
import { formatThaiDate } from './format-thai-date';
import { formatThaiDateTime } from './format-thai-date-time';
import { parseIsoDate } from './parse-iso-date';
import { formatThaiDateInput } from './parse-thai-date-input';
import { toBuddhistYear } from './to-buddhist-year';
import { toGregorianYear } from './to-gregorian-year';

// Every RangeError of the Thai date helpers names the function and the argument it refused: the error type
// alone would pass with an empty message, and these messages are what a log reader has to go on.
describe('Thai date helpers: what their errors say', () => {
  const invalidDate = new Date(Number.NaN);

  it.each<[string, () => unknown, string]>([
    [
      'addDays: a fractional day count',
      () => addDays('2023-02-10', 0.5),
      'addDays: 0.5 is not a whole number of days',
    ],
    [
      'addDays: an invalid date',
      () => addDays('2023-02-30', 1),
      'addDays: day 30 is out of range (01–28) for 2023-02',
    ],
    ['addDays: past 9999-12-31', () => addDays('9999-12-31', 1), 'addDays: result is outside 0001–9999'],
    ['addDays: before 0001-01-01', () => addDays('0001-01-01', -1), 'addDays: result is outside 0001–9999'],
    [
      'fiscalYearRange: a Gregorian year',
      () => fiscalYearRange(2023),
      'fiscalYearRange: expected a Buddhist-era fiscal year such as 2566, got 2023',
    ],
    [
      'fiscalYearOf: a bad string',
      () => fiscalYearOf('2023-13-01'),
      'fiscalYearOf: month 13 is out of range (01–12)',
    ],
    ['bangkokToday: an invalid Date', () => bangkokToday(invalidDate), 'bangkokToday: invalid Date'],
    ['formatThaiDate: an invalid Date', () => formatThaiDate(invalidDate), 'formatThaiDate: invalid Date'],
    [
      'formatThaiDate: a bad string',
      () => formatThaiDate('2023-02-30'),
      'formatThaiDate: day 30 is out of range (01–28) for 2023-02',
    ],
    [
      'formatThaiDate: before the Gregorian cutover',
      () => formatThaiDate('1582-10-15'),
      'formatThaiDate: 1582-10-15 is before 1583, which Intl prints as Julian',
    ],
    [
      'formatThaiDateTime: an invalid Date',
      () => formatThaiDateTime(invalidDate),
      'formatThaiDateTime: invalid Date',
    ],
    [
      'formatThaiDateTime: not a Date at all',
      () => formatThaiDateTime('2023-02-10' as unknown as Date),
      'formatThaiDateTime: invalid Date',
    ],
    [
      'formatThaiDateInput: a bad string',
      () => formatThaiDateInput('2023-2-1'),
      'formatThaiDateInput: "2023-2-1" is not in the form YYYY-MM-DD',
    ],
    [
      'toBuddhistYear: a fraction',
      () => toBuddhistYear(2023.5),
      'toBuddhistYear: 2023.5 is not an integer year',
    ],
    [
      'toGregorianYear: a fraction',
      () => toGregorianYear(2566.5),
      'toGregorianYear: 2566.5 is not an integer year',
    ],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });

  it('parseIsoDate: a value that is not a string has its own reason', () => {
    expect(parseIsoDate(20230210 as unknown as string)).toEqual({
      ok: false,
      reason: 'expected a string in the form YYYY-MM-DD',
    });
  });
});
