import { round2 } from './round';

describe('round2', () => {
  it.each([
    ['Bangkok FY2566 total', 88.978, 88.98],
    ['Bangkok FY2566 total as computed in floating point', 0.3 * 82.44 + 0.3 * 80.82 + 0.4 * 100, 88.98],
    ['half just below the pass mark rounds up', 84.995, 85],
    ['FY2564 indicator 9 with one missed item (97.777…)', 97.7777, 97.78],
    ['8/9 of a sub-indicator', (100 * 8) / 9, 88.89],
    ['two thirds', 200 / 3, 66.67],
    ['binary trap 1.005', 1.005, 1.01],
    ['binary trap 2.675', 2.675, 2.68],
    ['binary trap in the scoring range', 80.085, 80.09],
    ['weighted half computed as 84.07499999999999', 0.5 * 84.07 + 0.5 * 84.08, 84.08],
    ['sum with float noise', 0.1 + 0.2, 0.3],
    ['just below a half stays down', 84.994, 84.99],
    ['far from a half but close in digits', 84.9949999, 84.99],
    ['already two decimals', 84.99, 84.99],
    ['upper bound', 100, 100],
    ['zero', 0, 0],
    ['tiny positive', 1e-9, 0],
    ['negative half rounds away from zero', -84.995, -85],
    ['negative delta', -10.004, -10],
    ['negative that rounds to zero is +0', -0.001, 0],
  ])('%s: %p → %p', (_scenario, input, expected) => {
    const result = round2(input);
    expect(result).toBe(expected);
    expect(Object.is(result, -0)).toBe(false);
  });

  it.each([NaN, Infinity, -Infinity])('passes %p through unchanged', (input) => {
    expect(round2(input)).toBe(input);
  });
});
