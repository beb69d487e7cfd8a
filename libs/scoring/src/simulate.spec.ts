import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { IndicatorScores } from './scoring-framework';
import { SimulationChange, simulate } from './simulate';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;
const allItems = fy2566.oitItems.map((item) => item.code);

// Bangkok FY2566 surveys with a weak OIT: 0.3·82.44 + 0.3·80.82 + 0.4·75 = 78.98 (B, 6.02 short).
// prettier-ignore
const weakOit: IndicatorScores = { '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44, '6': 80.82, '7': 80.82, '8': 80.82, '9': 80, '10': 70 };

type Outcome = { total: number | null; grade: string | null; passing: boolean | null; gap: number | null };

describe('simulate on FY2566', () => {
  it.each<[string, IndicatorScores, SimulationChange, Outcome, number | null]>([
    [
      'meeting all 43 OIT items reaches Bangkok’s published 88.98',
      weakOit,
      { metOitItems: allItems },
      { total: 88.98, grade: 'A', passing: true, gap: 0 },
      10,
    ],
    [
      'all items but O43 (the report on the integrity measures) still falls short',
      weakOit,
      { metOitItems: allItems.filter((code) => code !== 'O43') },
      { total: 83.98, grade: 'B', passing: false, gap: 1.02 },
      5,
    ],
    [
      'the item list is the whole set, so meeting none drops OIT to 0',
      weakOit,
      { metOitItems: [] },
      { total: 48.98, grade: 'F', passing: false, gap: 36.02 },
      -30,
    ],
    [
      'a better IIT indicator 5 alone',
      weakOit,
      { indicatorScores: { '5': 100 } },
      { total: 80.03, grade: 'B', passing: false, gap: 4.97 },
      1.05,
    ],
    [
      'an explicit indicator score overrides the one computed from items',
      weakOit,
      { metOitItems: allItems, indicatorScores: { '10': 50 } },
      { total: 78.98, grade: 'B', passing: false, gap: 6.02 },
      0,
    ],
    [
      'OIT items fill in indicators 9 and 10 the base lacks, but there is no before total to compare',
      { ...weakOit, '9': undefined, '10': undefined },
      { metOitItems: allItems },
      { total: 88.98, grade: 'A', passing: true, gap: 0 },
      null,
    ],
    [
      'clearing an indicator leaves no after total',
      weakOit,
      { indicatorScores: { '1': null } },
      { total: null, grade: null, passing: null, gap: null },
      null,
    ],
  ])('%s', (_scenario, base, change, expected, delta) => {
    const result = simulate(fy2566, base, change);
    expect(result.before.totalScore).toBe(base['9'] === undefined ? null : 78.98);
    expect({
      total: result.after.totalScore,
      grade: result.after.grade,
      passing: result.after.passing,
      gap: result.after.gapToPass,
    }).toEqual(expected);
    expect(result.delta).toBe(delta);
  });

  it('changes nothing when the change is empty', () => {
    const result = simulate(fy2566, weakOit, {});
    expect(result.after).toEqual(result.before);
    expect(result.delta).toBe(0);
  });

  it('does not mutate the base', () => {
    const base = { ...weakOit };
    simulate(fy2566, base, { metOitItems: allItems, indicatorScores: { '1': 100 } });
    expect(base).toEqual(weakOit);
  });
});
