// One cached formatter per (locale, options): building an Intl.DateTimeFormat costs far more than using
// one, and a digest email formats hundreds of dates.
const cache = new Map<string, Intl.DateTimeFormat>();

export type DatePartType = Intl.DateTimeFormatPartTypes;

/**
 * Formats `instant` and returns the parts by type. Callers assemble their own string from the parts so the
 * output does not depend on the literals ICU happens to use (some versions add "พ.ศ." or a narrow
 * no-break space).
 */
export function dateParts(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  instant: Date,
): Partial<Record<DatePartType, string>> {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  // Equivalent mutant below: without the cache every call builds (and checks) a new formatter that formats the
  // same; only the time differs.
  // Stryker disable next-line ConditionalExpression: equivalent (see above)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    assertIcuSupports(formatter, locale);
    cache.set(key, formatter);
  }
  const parts: Partial<Record<DatePartType, string>> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

// A Node built with small-icu silently falls back to English and the Gregorian calendar; fail loudly rather
// than mail "10 Feb 2023" to a Thai clerk.
function assertIcuSupports(formatter: Intl.DateTimeFormat, locale: string): void {
  const resolved = formatter.resolvedOptions();
  const wanted = new Intl.Locale(locale);
  const languageOk = resolved.locale.split('-')[0] === wanted.language;
  const calendarOk = !wanted.calendar || resolved.calendar === wanted.calendar;
  const digitsOk = !wanted.numberingSystem || resolved.numberingSystem === wanted.numberingSystem;
  if (!languageOk || !calendarOk || !digitsOk) {
    throw new Error(
      `Intl cannot format ${locale} (resolved ${resolved.locale}, calendar ${resolved.calendar}, ` +
        `digits ${resolved.numberingSystem}); Node needs full ICU data`,
    );
  }
}
