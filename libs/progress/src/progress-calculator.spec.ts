import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { ScoreRecord } from '@prongsai/scoring';
import { ProgressInputs, calculateProgress } from './progress-calculator';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;
const allItems = fy2566.oitItems.map((i) => i.code);
const noMeasures = { total: 0, completed: 0, overdue: 0 };
// prettier-ignore
const bangkok = { '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44, '6': 80.82, '7': 80.82, '8': 80.82, '9': 100, '10': 100 };
const records = (
  scores: Record<string, number>,
  fiscalYear: number,
  source: ScoreRecord['source'],
  day = 1,
) =>
  Object.entries(scores).map(([indicatorCode, score]) => ({
    indicatorCode,
    fiscalYear,
    source,
    score,
    recordedAt: new Date(Date.UTC(2023, 0, day)),
  }));

describe('calculateProgress', () => {
  it.each<
    [
      string,
      ProgressInputs,
      {
        estimatedScore: number | null;
        grade: string | null;
        passing: boolean | null;
        gapToPass: number | null;
      },
    ]
  >([
    [
      'Bangkok FY2566 recorded as self-assessment: 88.98, A, passing',
      { scoreRecords: records(bangkok, 2566, 'SELF_ASSESSMENT'), oitItems: null, measures: noMeasures },
      { estimatedScore: 88.98, grade: 'A', passing: true, gapToPass: 0 },
    ],
    [
      'only last year official: the estimate falls back to it',
      {
        scoreRecords: records({ ...bangkok, '9': 70, '10': 70 }, 2565, 'OFFICIAL'),
        oitItems: null,
        measures: noMeasures,
      },
      { estimatedScore: 76.98, grade: 'B', passing: false, gapToPass: 8.02 },
    ],
    [
      'all 43 items accepted after last year official: OIT becomes 100',
      {
        scoreRecords: records({ ...bangkok, '9': 70, '10': 70 }, 2565, 'OFFICIAL'),
        oitItems: { metItemCodes: allItems, changedAt: new Date(Date.UTC(2023, 4, 1)) },
        measures: noMeasures,
      },
      { estimatedScore: 88.98, grade: 'A', passing: true, gapToPass: 0 },
    ],
    [
      'no item accepted yet: the items do not count (OIT is not read as 0)',
      {
        scoreRecords: records(bangkok, 2565, 'OFFICIAL'),
        oitItems: { metItemCodes: [], changedAt: new Date(Date.UTC(2023, 4, 1)) },
        measures: noMeasures,
      },
      { estimatedScore: 88.98, grade: 'A', passing: true, gapToPass: 0 },
    ],
    [
      // Frameworks change year to year: an item accepted under last year's codes must not throw or count.
      'an accepted item whose code the year no longer has is ignored (stale code O99 beside all 43)',
      {
        scoreRecords: records({ ...bangkok, '9': 70, '10': 70 }, 2565, 'OFFICIAL'),
        oitItems: { metItemCodes: [...allItems, 'O99'], changedAt: new Date(Date.UTC(2023, 4, 1)) },
        measures: noMeasures,
      },
      { estimatedScore: 88.98, grade: 'A', passing: true, gapToPass: 0 },
    ],
    [
      'only stale codes accepted: as if none were (last year official stands)',
      {
        scoreRecords: records({ ...bangkok, '9': 70, '10': 70 }, 2565, 'OFFICIAL'),
        oitItems: { metItemCodes: ['O99', 'X1'], changedAt: new Date(Date.UTC(2023, 4, 1)) },
        measures: noMeasures,
      },
      { estimatedScore: 76.98, grade: 'B', passing: false, gapToPass: 8.02 },
    ],
    [
      'survey tools without data: no estimate',
      {
        scoreRecords: records({ '9': 100, '10': 100 }, 2566, 'OFFICIAL'),
        oitItems: null,
        measures: noMeasures,
      },
      { estimatedScore: null, grade: null, passing: null, gapToPass: null },
    ],
  ])('%s', (_scenario, inputs, expected) => {
    const p = calculateProgress(fy2566, 2566, inputs);
    expect({
      estimatedScore: p.estimatedScore,
      grade: p.grade,
      passing: p.passing,
      gapToPass: p.gapToPass,
    }).toEqual(expected);
  });

  it('explains each indicator: score, basis and year', () => {
    const p = calculateProgress(fy2566, 2566, {
      scoreRecords: [...records(bangkok, 2565, 'OFFICIAL'), ...records({ '1': 90 }, 2566, 'SELF_ASSESSMENT')],
      oitItems: {
        metItemCodes: allItems.filter((c) => c !== 'O43'),
        changedAt: new Date(Date.UTC(2023, 4, 1)),
      },
      measures: { total: 3, completed: 1, overdue: 1 },
    });
    expect(p.indicators.find((i) => i.indicatorCode === '1')).toMatchObject({
      score: 90,
      basis: 'SELF_ASSESSMENT',
      fiscalYear: 2566,
    });
    expect(p.indicators.find((i) => i.indicatorCode === '2')).toMatchObject({
      score: 82.44,
      basis: 'PREVIOUS_YEAR_OFFICIAL',
      fiscalYear: 2565,
    });
    // One of the two items of 10.2 missed → 10.2 = 50, 10.1 = 100 → indicator 10 = 75.
    expect(p.indicators.find((i) => i.indicatorCode === '10')).toMatchObject({
      score: 75,
      basis: 'OIT_ITEMS',
      fiscalYear: 2566,
    });
    expect(p.toolScores.map((t) => [t.tool, t.weight])).toEqual([
      ['IIT', 0.3],
      ['EIT', 0.3],
      ['OIT', 0.4],
    ]);
    expect(p.toolScores.find((t) => t.tool === 'OIT')!.score).toBe(87.5);
    expect([p.measuresTotal, p.measuresCompleted, p.measuresOverdue]).toEqual([3, 1, 1]);
  });
});
