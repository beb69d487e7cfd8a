import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { gradeFor } from './grade';
import { gapToPass, isPassing } from './pass-mark';
import { ScoringFramework } from './scoring-framework';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;

describe('grade, pass and gap on FY2566 bands (AA 95 · A 85 · B 75 · C 65 · D 55 · E 50 · F 0; pass 85)', () => {
  it.each([
    ['perfect score', 100, 'AA', true, 0],
    ['AA lower bound', 95, 'AA', true, 0],
    ['just below AA', 94.99, 'A', true, 0],
    ['Bangkok FY2566', 88.98, 'A', true, 0],
    ['pass mark, A lower bound', 85, 'A', true, 0],
    ['rounds up to the pass mark', 84.995, 'A', true, 0],
    ['rounds down below the pass mark', 84.994, 'B', false, 0.01],
    ['one hundredth short of passing', 84.99, 'B', false, 0.01],
    ['B lower bound', 75, 'B', false, 10],
    ['just below B', 74.99, 'C', false, 10.01],
    ['C lower bound', 65, 'C', false, 20],
    ['just below C', 64.99, 'D', false, 20.01],
    ['D lower bound', 55, 'D', false, 30],
    ['just below D', 54.99, 'E', false, 30.01],
    ['E lower bound', 50, 'E', false, 35],
    ['just below E', 49.99, 'F', false, 35.01],
    ['zero', 0, 'F', false, 85],
  ])('%s: %p → %s, passing %p, gap %p', (_scenario, total, grade, passing, gap) => {
    expect(gradeFor(fy2566, total)).toBe(grade);
    expect(isPassing(fy2566, total)).toBe(passing);
    expect(gapToPass(fy2566, total)).toBe(gap);
  });

  it('does not depend on the order of the bands', () => {
    const shuffled: ScoringFramework = { ...fy2566, gradeBands: [...fy2566.gradeBands].reverse() };
    expect([95, 94.99, 85, 49.99, 0].map((total) => gradeFor(shuffled, total))).toEqual([
      'AA',
      'A',
      'A',
      'F',
      'F',
    ]);
  });

  it('fails loudly on a framework whose bands do not reach 0', () => {
    const gap: ScoringFramework = { ...fy2566, gradeBands: [{ grade: 'A', min: 85 }] };
    expect(() => gradeFor(gap, 50)).toThrow(/no grade band covers 50/);
  });
});

describe('pass threshold comes from the framework', () => {
  const lenient: ScoringFramework = { ...fy2566, passThreshold: 80 };

  it.each([
    ['at a threshold of 80', 80, true, 0],
    ['below a threshold of 80', 79.5, false, 0.5],
  ])('%s: %p', (_scenario, total, passing, gap) => {
    expect(isPassing(lenient, total)).toBe(passing);
    expect(gapToPass(lenient, total)).toBe(gap);
  });
});
