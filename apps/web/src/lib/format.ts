import { formatThaiDate } from '@prongsai/thai';
import i18n from './i18n';

const isThai = () => !i18n.language.startsWith('en');

/** Every date the app shows: `10 ก.พ. 2566` in Thai, `10 Feb 2023` in English. */
export function formatDate(isoDate: string): string {
  if (isThai()) return formatThaiDate(isoDate);
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment (audit log, review time) as its Bangkok date and time. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  const locale = isThai() ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Bangkok',
  }).format(date);
}

// One formatter for every score: toLocaleString with options builds a new one per call, which the
// province dashboard (hundreds of scores) paid for in its first render.
const SCORE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Scores always with two decimals, as the NACC publishes them: 88.98. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '–';
  return SCORE.format(score);
}

/** A year as the user reads it: Buddhist era in both languages (the API's fiscalYear is BE). */
export function formatFiscalYear(fy: number): string {
  return String(fy);
}
