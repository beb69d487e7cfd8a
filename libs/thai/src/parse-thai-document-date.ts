import { daysInMonth } from './internal/civil-days';
import { parseIsoDate } from './parse-iso-date';
import { parseThaiDateInput } from './parse-thai-date-input';

/** Why a document's date text is not a date; an importer turns each into a sentence for its user. */
export type ThaiDocumentDateError =
  'EMPTY' | 'FORMAT' | 'UNKNOWN_MONTH' | 'YEAR_NOT_BUDDHIST_ERA' | 'MONTH_OUT_OF_RANGE' | 'DAY_OUT_OF_RANGE';

export type ThaiDocumentDateResult =
  { ok: true; value: string } | { ok: false; reason: ThaiDocumentDateError; message: string };

const THAI_ZERO = 0x0e50;
const MIN_BE = 2400;
const MAX_BE = 2999;

/** Month names as Thai documents write them, keyed without dots or spaces (ก.พ. → กพ). */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['มค', 'มกราคม'],
    ['กพ', 'กุมภาพันธ์'],
    ['มีค', 'มีนาคม'],
    ['เมย', 'เมษายน'],
    ['พค', 'พฤษภาคม'],
    ['มิย', 'มิถุนายน'],
    ['กค', 'กรกฎาคม'],
    ['สค', 'สิงหาคม'],
    ['กย', 'กันยายน'],
    ['ตค', 'ตุลาคม'],
    ['พย', 'พฤศจิกายน'],
    ['ธค', 'ธันวาคม'],
  ].flatMap(([short, long], i) => [
    [short, i + 1],
    [long, i + 1],
  ]),
);

// A day, a month word (Thai letters and dots), an optional พ.ศ. and a year: "10 ก.พ. 66", "10 กุมภาพันธ์ พ.ศ. 2566".
const MONTH_WORD = '([\\u0e01-\\u0e4f.]+?)';
const ERA = '(?:\\s*พ\\.?\\s*ศ\\.?)?';
const PART = new RegExp(`^(?:(\\d{1,2})\\s*)?${MONTH_WORD}${ERA}\\s*(\\d{2}|\\d{4})?$`);
const RANGE_SEPARATOR = /\s*(?:[-–—]|ถึง)\s*/;

interface Part {
  day: number | null;
  month: number;
  be: number | null;
}

type Failure = Extract<ThaiDocumentDateResult, { ok: false }>;

const fail = (reason: ThaiDocumentDateError, message: string): Failure => ({ ok: false, reason, message });

function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

function parsePart(text: string): Part | Failure {
  const match = PART.exec(text);
  if (!match) return fail('FORMAT', `"${text}" is not a day, a Thai month and a year, e.g. ๑๐ ก.พ. ๖๖`);
  const month = MONTHS.get(match[2].replace(/[.\s]/g, ''));
  if (month === undefined) return fail('UNKNOWN_MONTH', `"${match[2]}" is not a Thai month`);
  let be: number | null = null;
  if (match[3] !== undefined) {
    be = match[3].length === 2 ? 2500 + Number(match[3]) : Number(match[3]);
    if (be < MIN_BE || be > MAX_BE) {
      return fail(
        'YEAR_NOT_BUDDHIST_ERA',
        `year ${match[3]} is not a Buddhist-era year (${MIN_BE}–${MAX_BE})`,
      );
    }
  }
  return { day: match[1] === undefined ? null : Number(match[1]), month, be };
}

function isoOf(be: number, month: number, day: number | null): ThaiDocumentDateResult {
  const year = be - 543;
  const last = daysInMonth(year, month);
  const d = day ?? last;
  if (d < 1 || d > last) return fail('DAY_OUT_OF_RANGE', `day ${d} is not 1–${last} in that month`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}` };
}

/**
 * A due date as Thai documents and spreadsheets write it, to an ISO 'YYYY-MM-DD' date:
 * - `2023-02-10` (ISO, Gregorian);
 * - `10/02/2566`, `10/2/66`, `๑๐/๐๒/๒๕๖๖` (day/month/Buddhist year, as `parseThaiDateInput`);
 * - a Thai date as in the seed report, in Thai or Arabic digits: `๑๐ ก.พ. ๖๖`, `10 ก.พ. 2566`,
 *   `10 กุมภาพันธ์ พ.ศ. 2566`;
 * - a month, or a range of months, which means the last day of its last month: `มี.ค. ๖๖` → 2023-03-31,
 *   `ม.ค. - มี.ค. ๖๖` → 2023-03-31, `ต.ค. ๖๕ – มี.ค. ๖๖` → 2023-03-31; a range may end on a day
 *   (`1 - 15 ก.พ. 66` is not a month range: its end `15 ก.พ. 66` is the date).
 * The year must be Buddhist-era (a Gregorian year in a Thai date is refused, not guessed).
 */
export function parseThaiDocumentDate(text: string): ThaiDocumentDateResult {
  const typed = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  if (typed === '') return fail('EMPTY', 'no date given');
  const arabic = toArabicDigits(typed);
  if (/^\d{4}-\d{2}-\d{2}$/.test(arabic)) {
    const iso = parseIsoDate(arabic);
    return iso.ok ? iso : fail('DAY_OUT_OF_RANGE', iso.reason);
  }
  if (/^[\d\s/.-]+$/.test(arabic)) {
    const input = parseThaiDateInput(arabic);
    if (input.ok) return input;
    // Equivalent mutant below: the text is trimmed and not empty here, so parseThaiDateInput never answers EMPTY;
    // the mapping stays so that a change there cannot leak EMPTY for a text that is not empty.
    // Stryker disable next-line ConditionalExpression: equivalent (see above)
    return fail(input.reason === 'EMPTY' ? 'FORMAT' : input.reason, input.message);
  }
  const pieces = arabic.split(RANGE_SEPARATOR).filter((p) => p !== '');
  if (pieces.length === 0 || pieces.length > 2) {
    return fail('FORMAT', `"${typed}" is not a date or a range of two months`);
  }
  const last = pieces[pieces.length - 1];
  if (!/\d/.test(last)) return fail('FORMAT', `"${typed}" has no year, e.g. ๑๐ ก.พ. ๖๖`);
  const end = parsePart(last);
  if ('ok' in end) return end;
  if (end.be === null) return fail('FORMAT', `"${typed}" has no year, e.g. ๑๐ ก.พ. ๖๖`);
  // Equivalent mutant below: `true` for one piece parses pieces[0], the same text as `last`, which just parsed.
  // Stryker disable next-line ConditionalExpression: equivalent (see above)
  if (pieces.length === 2 && !/^\d{1,2}$/.test(pieces[0])) {
    // The start of a range is checked (a typo there is a typo) but only the end decides the date.
    const start = parsePart(pieces[0]);
    if ('ok' in start) return start;
  }
  return isoOf(end.be, end.month, end.day);
}
