import { bangkokToday } from './bangkok-today';

describe('bangkokToday', () => {
  it.each([
    ['UTC evening is already tomorrow in Bangkok', '2023-02-09T17:30:00Z', '2023-02-10'],
    ['one second before Bangkok midnight', '2023-02-09T16:59:59Z', '2023-02-09'],
    ['exactly Bangkok midnight', '2023-02-09T17:00:00Z', '2023-02-10'],
    ['UTC midnight is 07:00 in Bangkok', '2023-02-10T00:00:00Z', '2023-02-10'],
    ['new year in Bangkok while still 31 Dec in UTC', '2023-12-31T18:00:00Z', '2024-01-01'],
    ['fiscal year turns over in Bangkok first', '2023-09-30T17:00:00Z', '2023-10-01'],
  ])('%s', (_name, instant, expected) => {
    expect(bangkokToday(new Date(instant))).toBe(expected);
  });

  it('defaults to now', () => {
    expect(bangkokToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects an invalid Date', () => {
    expect(() => bangkokToday(new Date('nope'))).toThrow(RangeError);
  });
});
