import { daysInMonth } from './internal/civil-days';

export type IsoDateParseResult = { ok: true; value: string } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Strictly validates a calendar date written as 'YYYY-MM-DD' (years 0001–9999).
 * Returns a result instead of throwing because this is the check behind user input (due dates), where a
 * readable reason is the point.
 */
export function parseIsoDate(s: string): IsoDateParseResult {
  // Runtime inputs (GraphQL, JSON) are not bound by the static type.
  if (typeof s !== 'string') return { ok: false, reason: 'expected a string in the form YYYY-MM-DD' };
  const match = ISO_DATE.exec(s);
  if (!match) return { ok: false, reason: `"${s}" is not in the form YYYY-MM-DD` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return { ok: false, reason: `year ${match[1]} is out of range (0001–9999)` };
  if (month < 1 || month > 12) return { ok: false, reason: `month ${match[2]} is out of range (01–12)` };
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      reason: `day ${match[3]} is out of range (01–${lastDay}) for ${match[1]}-${match[2]}`,
    };
  }
  return { ok: true, value: s };
}
