import { BANGKOK_TIME_ZONE } from './bangkok-time-zone';
import { dateParts } from './internal/date-parts';
import { requireIsoDate } from './internal/require-iso-date';
import { requireValidDate } from './internal/require-valid-date';

const FIRST_GREGORIAN_YEAR = 1583;

export interface ThaiDateOptions {
  /** 'thai' prints ๑๐ ก.พ. ๒๕๖๖. Default 'arabic'. */
  digits?: 'arabic' | 'thai';
  /** 'short' ก.พ., 'long' กุมภาพันธ์. Default 'short'. */
  month?: 'short' | 'long';
  /** Two-digit Buddhist year (๖๖), as Thai offices write it on forms. Default false. */
  shortYear?: boolean;
}

/**
 * '2023-02-10' → '10 ก.พ. 2566'. A 'YYYY-MM-DD' string (year 1583 or later) is a calendar date and is printed as is; a Date is
 * an instant and is printed as its calendar date in Asia/Bangkok. Throws RangeError on an invalid date.
 */
export function formatThaiDate(date: string | Date, opts: ThaiDateOptions = {}): string {
  let instant: Date;
  let timeZone: string;
  if (typeof date === 'string') {
    const { year, month, day } = requireIsoDate(date, 'formatThaiDate');
    // ICU switches to the Julian calendar before the 1582 cutover and would print a different day.
    if (year < FIRST_GREGORIAN_YEAR) {
      throw new RangeError(
        `formatThaiDate: ${date} is before ${FIRST_GREGORIAN_YEAR}, which Intl prints as Julian`,
      );
    }
    // Midnight UTC formatted in UTC gives back exactly this calendar day whatever the host time zone.
    instant = new Date(0);
    instant.setUTCFullYear(year, month - 1, day);
    timeZone = 'UTC';
  } else {
    instant = requireValidDate(date, 'formatThaiDate');
    timeZone = BANGKOK_TIME_ZONE;
  }
  const locale = opts.digits === 'thai' ? 'th-TH-u-ca-buddhist-nu-thai' : 'th-TH-u-ca-buddhist';
  const parts = dateParts(
    locale,
    { timeZone, day: 'numeric', month: opts.month ?? 'short', year: opts.shortYear ? '2-digit' : 'numeric' },
    instant,
  );
  return `${parts.day} ${parts.month} ${parts.year}`;
}
