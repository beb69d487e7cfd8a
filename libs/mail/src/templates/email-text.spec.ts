import { displayWidth, oneLine, padEndToWidth, requireHttpUrl, subjectTitle } from './email-text';

describe('displayWidth', () => {
  it.each([
    ['ASCII', 'abc', 3],
    ['Thai with marks above and below', 'ที่นี่', 2],
    ['sara am takes a column', 'ทำ', 2],
    ['leading vowel takes a column', 'เทศบาล', 6],
    ['an LAO name', 'อบต.บ้านป้อม', 10],
  ])('%s', (_name, text, expected) => {
    expect(displayWidth(text)).toBe(expected);
  });

  it('pads by display width, not string length', () => {
    expect(padEndToWidth('ที่', 3)).toBe('ที่  ');
  });
});

describe('oneLine / subjectTitle', () => {
  it.each([
    ['newlines and tabs collapse', 'แผน\r\nป้องกัน\tการทุจริต', 'แผน ป้องกัน การทุจริต'],
    ['outer space is trimmed', '  มาตรการ  ', 'มาตรการ'],
  ])('%s', (_name, input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });

  it('leaves a title of 80 columns whole', () => {
    const title = 'ก'.repeat(80);
    expect(subjectTitle(title)).toBe(title);
  });

  it('cuts a long title at 80 columns without orphaning a tone mark', () => {
    const title = `${'ก'.repeat(78)}กี่${'ข'.repeat(10)}`;
    expect(subjectTitle(title)).toBe(`${'ก'.repeat(78)}กี่…`);
  });
});

describe('requireHttpUrl', () => {
  it.each([['https://prongsai.example/m/1'], ['http://localhost:3000/m/1']])('accepts %s', (url) => {
    expect(requireHttpUrl(url, 'url')).toBe(url);
  });

  it.each([['javascript:alert(1)'], ['/measures/1'], ['mailto:a@b.c'], ['']])('rejects %p', (url) => {
    expect(() => requireHttpUrl(url, 'measureUrl')).toThrow(/measureUrl/);
  });
});
