import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { Estimate, estimate } from './estimate';
import { IndicatorScores } from './scoring-framework';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;

// prettier-ignore
const bangkok2566 = { '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44, '6': 80.82, '7': 80.82, '8': 80.82, '9': 100, '10': 100 };

describe('estimate on FY2566', () => {
  it.each<[string, IndicatorScores, Omit<Estimate, 'toolScores'>]>([
    [
      'Bangkok FY2566 from ten indicator scores: published 88.98, A, passing',
      bangkok2566,
      { totalScore: 88.98, grade: 'A', passing: true, gapToPass: 0 },
    ],
    [
      'Bangkok FY2566 without OIT items: 48.98 short',
      { ...bangkok2566, '9': 0, '10': 0 },
      { totalScore: 48.98, grade: 'F', passing: false, gapToPass: 36.02 },
    ],
    [
      'weak OIT indicator 10 keeps it below the pass mark',
      { ...bangkok2566, '10': 70 },
      { totalScore: 82.98, grade: 'B', passing: false, gapToPass: 2.02 },
    ],
    [
      'all perfect',
      Object.fromEntries(fy2566.indicators.map((i) => [i.code, 100])),
      { totalScore: 100, grade: 'AA', passing: true, gapToPass: 0 },
    ],
    [
      'survey results not in yet (indicators 1–8 missing)',
      { '9': 100, '10': 100 },
      { totalScore: null, grade: null, passing: null, gapToPass: null },
    ],
  ])('%s', (_scenario, indicatorScores, expected) => {
    const { toolScores, ...rest } = estimate(fy2566, indicatorScores);
    expect(rest).toEqual(expected);
    expect(Object.keys(toolScores)).toEqual(['IIT', 'EIT', 'OIT']);
  });

  it('reports the tool scores of Bangkok FY2566', () => {
    const { toolScores } = estimate(fy2566, bangkok2566);
    expect(toolScores.IIT).toBeCloseTo(82.44, 10);
    expect(toolScores.EIT).toBeCloseTo(80.82, 10);
    expect(toolScores.OIT).toBe(100);
  });

  it('keeps the tools that have data when another has none', () => {
    expect(estimate(fy2566, { '9': 100, '10': 90 }).toolScores).toEqual({ IIT: null, EIT: null, OIT: 95 });
  });
});
