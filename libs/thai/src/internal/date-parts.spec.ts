import { dateParts } from './date-parts';

// The ICU guard: a Node without full ICU resolves a Thai locale to English digits or the Gregorian calendar
// and would print "10 Feb 2023" to a Thai clerk. Each row asks for something ICU cannot give and names the
// part that is missing; the message has to say which locale and what it resolved to.
describe('dateParts', () => {
  const instant = new Date(Date.UTC(2023, 1, 10));

  it('returns the parts by type', () => {
    const parts = dateParts(
      'th-TH-u-ca-buddhist',
      { timeZone: 'UTC', month: 'numeric', year: 'numeric' },
      instant,
    );
    expect([parts.month, parts.year]).toEqual(['2', '2566']);
    // The second call with the same options is served from the cache and answers the same.
    expect(
      dateParts('th-TH-u-ca-buddhist', { timeZone: 'UTC', month: 'numeric', year: 'numeric' }, instant),
    ).toEqual(parts);
  });

  it.each([
    ['an unknown language', 'zz', 'Intl cannot format zz (resolved en-US, calendar gregory, digits latn)'],
    [
      'an unknown calendar',
      'th-TH-u-ca-foo',
      'Intl cannot format th-TH-u-ca-foo (resolved th-TH, calendar buddhist, digits latn)',
    ],
    [
      'an unknown numbering system',
      'th-TH-u-nu-foo',
      'Intl cannot format th-TH-u-nu-foo (resolved th-TH, calendar buddhist, digits latn)',
    ],
  ])('refuses %s and says what it resolved to', (_name, locale, message) => {
    expect(() => dateParts(locale, { timeZone: 'UTC', year: 'numeric' }, instant)).toThrow(
      new Error(`${message}; Node needs full ICU data`),
    );
  });
});
