import { asOneParameter, shiftParameters } from './query-alone';

describe('asOneParameter', () => {
  it.each([
    ['$1 and $2', ['a', 'b'], '($1[1]) and ($1[2])'],
    [
      '$1::text[] IS NULL OR x = ANY ($1::text[])',
      [['14']],
      '($1[1])::text[] IS NULL OR x = ANY (($1[1])::text[])',
    ],
    ['$10 then $1', Array.from({ length: 10 }, (_, i) => i), '($1[10]) then ($1[1])'],
    ['no placeholders', [], 'no placeholders'],
    ['$$ quoted $$ $1', ['x'], '$$ quoted $$ ($1[1])'],
  ])('%s → %s', (sql, params, expected) => {
    expect(asOneParameter(sql, params).sql).toBe(expected);
  });

  it.each([
    ['text', 'สวัสดี', 'สวัสดี'],
    ['a whole number', 2570, '2570'],
    ['a decimal', 85.5, '85.5'],
    ['a bigint', 12n, '12'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['null', null, null],
    ['undefined', undefined, null],
    ['a date', new Date('2026-12-08T03:00:00.000Z'), '2026-12-08T03:00:00.000Z'],
    ['an array of codes', ['14', '15'], '{"14","15"}'],
    ['an empty array', [], '{}'],
    ['an array with a null', ['14', null], '{"14",NULL}'],
    ['an array element with quotes, a backslash and a comma', ['a"b\\c,d'], '{"a\\"b\\\\c,d"}'],
    ['an object (jsonb)', { a: 1 }, '{"a":1}'],
  ])('%s', (_what, value, expected) => {
    expect(asOneParameter('$1', [value]).params).toEqual([expected]);
  });

  it('refuses a placeholder without a value, and nested arrays', () => {
    expect(() => asOneParameter('$2', ['x'])).toThrow('statement uses $2 but has 1 parameters');
    expect(() => asOneParameter('$0', ['x'])).toThrow('statement uses $0');
    expect(() => asOneParameter('$1', [[['a']]])).toThrow('only flat arrays');
  });
});

describe('shiftParameters', () => {
  it.each([
    ['$1, $2', 4, '$5, $6'],
    ['$9 $10', 1, '$10 $11'],
    ['none', 3, 'none'],
  ])('%s + %d → %s', (sql, offset, expected) => {
    expect(shiftParameters(sql, offset)).toBe(expected);
  });
});
