import { ErrorReason } from './error-reason';
import { normalizeHttpUrl } from './http-url';
import { normalizeOptionalText, normalizeText } from './text-input';

describe('normalizeHttpUrl', () => {
  it.each([
    ['the province website', 'http://ww2.ayutthaya.go.th/frontpage', 'http://ww2.ayutthaya.go.th/frontpage'],
    [
      'https with a query',
      ' https://www.ayutthaya.go.th/person/page.php?news_ID=581 ',
      'https://www.ayutthaya.go.th/person/page.php?news_ID=581',
    ],
  ])('accepts %s', (_scenario, input, expected) => {
    expect(normalizeHttpUrl(input, 'url')).toBe(expected);
  });

  it.each([
    ['empty', '   ', ErrorReason.EMPTY_TEXT],
    ['no scheme', 'ww2.ayutthaya.go.th', ErrorReason.INVALID_URL],
    ['javascript', 'javascript:alert(1)', ErrorReason.INVALID_URL],
    ['file', 'file:///etc/passwd', ErrorReason.INVALID_URL],
    ['ftp', 'ftp://example.org/x', ErrorReason.INVALID_URL],
    ['spaces in host', 'http://a b.go.th', ErrorReason.INVALID_URL],
    ['too long', `https://example.org/${'a'.repeat(2000)}`, ErrorReason.TEXT_TOO_LONG],
  ])('refuses %s, naming the field and the reason', (_scenario, input, reason) => {
    expect(() => normalizeHttpUrl(input, 'evidenceUrls.2')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'evidenceUrls.2', reason }),
    );
  });
});

describe('normalizeText', () => {
  it('trims and counts Thai characters, not UTF-16 units', () => {
    expect(normalizeText('  มาตรการ  ', 'title', 7)).toBe('มาตรการ');
    expect(() => normalizeText('มาตรการ', 'title', 6)).toThrow(
      expect.objectContaining({ field: 'title', reason: ErrorReason.TEXT_TOO_LONG }),
    );
  });

  it.each(['', '   ', '\n\t'])('refuses blank %p', (input) => {
    expect(() => normalizeText(input, 'steps.1', 10)).toThrow(
      expect.objectContaining({ field: 'steps.1', reason: ErrorReason.EMPTY_TEXT }),
    );
  });

  it('treats blank optional text as none', () => {
    expect(normalizeOptionalText('  ', 'note', 5)).toBeNull();
    expect(normalizeOptionalText(undefined, 'note', 5)).toBeNull();
    expect(normalizeOptionalText(' ok ', 'note', 5)).toBe('ok');
  });
});
