import { daysInMonth } from './internal/civil-days';
import { requireIsoDate } from './internal/require-iso-date';

/** Why typed text is not a date; the web app shows a Thai sentence for each. */
export type ThaiDateInputError =
  'EMPTY' | 'FORMAT' | 'YEAR_NOT_BUDDHIST_ERA' | 'MONTH_OUT_OF_RANGE' | 'DAY_OUT_OF_RANGE';

export type ThaiDateInputResult =
  { ok: true; value: string } | { ok: false; reason: ThaiDateInputError; message: string };

/** Buddhist-era years a form accepts: 2400 (1857) … 2999 (2456). A Gregorian year typed by habit is below. */
const MIN_BE = 2400;
const MAX_BE = 2999;
const THAI_ZERO = 0x0e50;

const DATE_INPUT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;

/**
 * What an official types into a date field, as Thai forms write it: day/month/Buddhist year —
 * `15/02/2566`, `15/2/2566`, `15-2-2566`, `๑๕/๐๒/๒๕๖๖`, or a two-digit year `15/2/66` (= 2566) — to an ISO
 * 'YYYY-MM-DD' date (`2023-02-15`). dayjs's `buddhistEra` plugin formats `BBBB` but cannot parse it, so the
 * web app's date field calls this instead. A four-digit year below 2400 is refused rather than read as
 * Gregorian: `15/02/2023` is almost always a slip, and guessing would file a measure 543 years early.
 */
export function parseThaiDateInput(text: string): ThaiDateInputResult {
  const typed = typeof text === 'string' ? text.trim() : '';
  if (typed === '') return { ok: false, reason: 'EMPTY', message: 'no date given' };
  const arabic = typed.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
  const match = DATE_INPUT.exec(arabic);
  if (!match) {
    return { ok: false, reason: 'FORMAT', message: `"${typed}" is not day/month/year, e.g. 15/02/2566` };
  }
  const day = Number(match[1]);
  const month = Number(match[2]);
  const be = match[3].length === 2 ? 2500 + Number(match[3]) : Number(match[3]);
  if (be < MIN_BE || be > MAX_BE) {
    return {
      ok: false,
      reason: 'YEAR_NOT_BUDDHIST_ERA',
      message: `year ${match[3]} is not a Buddhist-era year (${MIN_BE}–${MAX_BE})`,
    };
  }
  if (month < 1 || month > 12) {
    return { ok: false, reason: 'MONTH_OUT_OF_RANGE', message: `month ${match[2]} is not 1–12` };
  }
  const year = be - 543;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      reason: 'DAY_OUT_OF_RANGE',
      message: `day ${match[1]} is not 1–${lastDay} in that month`,
    };
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** The inverse, for filling a date field: '2023-02-15' → '15/02/2566'. */
export function formatThaiDateInput(isoDate: string): string {
  const { year, month, day } = requireIsoDate(isoDate, 'formatThaiDateInput');
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year + 543}`;
}
