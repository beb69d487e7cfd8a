import { toBuddhistYear } from './to-buddhist-year';
import { toGregorianYear } from './to-gregorian-year';

describe('toBuddhistYear / toGregorianYear', () => {
  it.each([
    [2022, 2565],
    [2023, 2566],
    [2025, 2568],
    [1957, 2500],
  ])('%i CE ↔ %i BE', (gregorian, buddhist) => {
    expect(toBuddhistYear(gregorian)).toBe(buddhist);
    expect(toGregorianYear(buddhist)).toBe(gregorian);
  });

  it.each([[2566.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('rejects %p', (year) => {
    expect(() => toBuddhistYear(year)).toThrow(RangeError);
    expect(() => toGregorianYear(year)).toThrow(RangeError);
  });
});
