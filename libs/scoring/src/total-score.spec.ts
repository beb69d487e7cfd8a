import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { totalScore } from './total-score';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;

describe('totalScore (FY2566 weights 0.3 / 0.3 / 0.4)', () => {
  it.each([
    ['Bangkok FY2566 published total', { IIT: 82.44, EIT: 80.82, OIT: 100 }, 88.98],
    ['Bangkok FY2566 with EIT from its two parts', { IIT: 82.44, EIT: (79.4 + 82.24) / 2, OIT: 100 }, 88.98],
    ['unrounded tool scores are rounded once, at the end', { IIT: 84.9999, EIT: 84.9999, OIT: 85 }, 85],
    ['everything perfect', { IIT: 100, EIT: 100, OIT: 100 }, 100],
    ['nothing', { IIT: 0, EIT: 0, OIT: 0 }, 0],
    ['OIT alone carries 40', { IIT: 0, EIT: 0, OIT: 100 }, 40],
    ['a tool without data', { IIT: 82.44, EIT: null, OIT: 100 }, null],
    ['a tool left out', { IIT: 82.44, OIT: 100 }, null],
  ])('%s', (_scenario, tools, expected) => {
    expect(totalScore(fy2566, tools)).toBe(expected);
  });
});
