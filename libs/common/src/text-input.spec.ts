import { BadInputError } from './domain-error';
import { ErrorReason } from './error-reason';
import { normalizeOptionalText, normalizeText } from './text-input';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof BadInputError) return [error.field, error.reason];
    throw error;
  }
  return null;
};

describe('normalizeText', () => {
  it.each<[string, string, number, string]>([
    ['trims', '  มาตรการ  ', 10, 'มาตรการ'],
    ['counts characters, not UTF-16 units (an emoji is one)', '😀😀', 2, '😀😀'],
    ['exactly the limit', 'กขค', 3, 'กขค'],
  ])('%s', (_name, input, max, expected) => {
    expect(normalizeText(input, 'title', max)).toBe(expected);
  });

  it.each<[string, string, number, [string, ErrorReason]]>([
    ['blank', '   ', 10, ['title', ErrorReason.EMPTY_TEXT]],
    ['one over the limit', 'กขคง', 3, ['title', ErrorReason.TEXT_TOO_LONG]],
    ['a NUL', 'ก\u0000ข', 10, ['title', ErrorReason.INVALID_TEXT]],
    ['a lone high surrogate', 'ก\ud800', 10, ['title', ErrorReason.INVALID_TEXT]],
    ['a lone low surrogate', '\udc00ก', 10, ['title', ErrorReason.INVALID_TEXT]],
  ])('refuses %s, naming the field and the reason', (_name, input, max, expected) => {
    expect(refusal(() => normalizeText(input, 'title', max))).toEqual(expected);
  });
});

describe('normalizeOptionalText', () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['null', null, null],
    ['undefined', undefined, null],
    ['blank', '  ', null],
    ['text', ' ผล ', 'ผล'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeOptionalText(input, 'result', 10)).toBe(expected);
  });
});
