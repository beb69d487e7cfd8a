import { parseIsoDate } from '../parse-iso-date';
import { daysFromCivil } from './civil-days';

/**
 * For helpers whose callers already hold a validated date: a bad one here is a programming error, so it
 * throws rather than returning a result the caller would have to unwrap.
 */
export function requireIsoDate(s: string, argName: string): { year: number; month: number; day: number } {
  const parsed = parseIsoDate(s);
  if (!parsed.ok) throw new RangeError(`${argName}: ${parsed.reason}`);
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

export function isoDateToDays(s: string, argName: string): number {
  const { year, month, day } = requireIsoDate(s, argName);
  return daysFromCivil(year, month, day);
}
