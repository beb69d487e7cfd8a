import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { oitIndicatorScores } from './oit-score';
import { ScoringFramework } from './scoring-framework';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;
const allFy2566Items = fy2566.oitItems.map((item) => item.code);
const allBut = (...missed: string[]): string[] => allFy2566Items.filter((code) => !missed.includes(code));

/**
 * The FY2564 published shapes: indicator 9 with five sub-indicators (one of 9 items), indicator 10 with two
 * (one of 8 items). Item codes are `<sub-indicator>-<n>`.
 */
function fy2564Shape(): ScoringFramework {
  const subs: [string, string, number][] = [
    ['9', '9.1', 9],
    ['9', '9.2', 4],
    ['9', '9.3', 4],
    ['9', '9.4', 4],
    ['9', '9.5', 4],
    ['10', '10.1', 8],
    ['10', '10.2', 3],
  ];
  return {
    passThreshold: 85,
    tools: [{ code: 'OIT', weight: 1, aggregation: 'MEAN_OF_INDICATORS' }],
    indicators: [
      { code: '9', tool: 'OIT' },
      { code: '10', tool: 'OIT' },
    ],
    gradeBands: [{ grade: 'F', min: 0 }],
    oitSubIndicators: subs.map(([indicatorCode, code]) => ({ code, indicatorCode })),
    oitItems: subs.flatMap(([, sub, count]) =>
      Array.from({ length: count }, (_, k) => ({ code: `${sub}-${k + 1}`, subIndicatorCode: sub })),
    ),
  };
}

describe('oitIndicatorScores', () => {
  describe('FY2564 published examples (ad-hoc frameworks of the same shape)', () => {
    const fw = fy2564Shape();
    const all = fw.oitItems.map((item) => item.code);
    const without = (missed: string): string[] => all.filter((code) => code !== missed);

    it.each([
      ['all met', all, 100, 100, 100],
      [
        'one missed item in a 9-item sub-indicator of 5 → indicator 9 = 97.78',
        without('9.1-9'),
        97.78,
        100,
        98.89,
      ],
      [
        'one missed item in an 8-item sub-indicator of 2 → indicator 10 = 93.75',
        without('10.1-3'),
        100,
        93.75,
        96.88,
      ],
    ])('%s', (_scenario, met, indicator9, indicator10, tool) => {
      const result = oitIndicatorScores(fw, met);
      expect(result.rounded.indicatorScores).toEqual({ '9': indicator9, '10': indicator10 });
      expect(result.rounded.toolScore).toBe(tool);
      expect(result.toolCode).toBe('OIT');
    });

    it('keeps the unrounded figures for further sums', () => {
      const result = oitIndicatorScores(fw, without('9.1-9'));
      expect(result.subIndicatorScores['9.1']).toBeCloseTo(800 / 9, 12);
      expect(result.indicatorScores['9']).toBeCloseTo((800 / 9 + 400) / 5, 12);
      expect(result.rounded.subIndicatorScores['9.1']).toBe(88.89);
    });
  });

  describe('FY2566, the real 43 items and the assumed grouping', () => {
    it.each([
      ['all 43 met', allFy2566Items, 100, 100, 100],
      ['none met', [], 0, 0, 0],
      ['O1 missing: 9.1 (10 items) at 90 → indicator 9 = 98', allBut('O1'), 98, 100, 99],
      ['O19 missing: 9.3 (4 items) at 75 → indicator 9 = 95', allBut('O19'), 95, 100, 97.5],
      ['O31 missing: 10.1 (11 items) at 90.91', allBut('O31'), 100, 95.45, 97.73],
      ['O43 missing: 10.2 (2 items) at 50', allBut('O43'), 100, 75, 87.5],
      ['no measures at all (O42, O43)', allBut('O42', 'O43'), 100, 50, 75],
      ['only indicator 9 items (O1–O30)', allFy2566Items.slice(0, 30), 100, 0, 50],
      ['repeats count once', [...allFy2566Items, 'O1', 'O1'], 100, 100, 100],
    ])('%s', (_scenario, met, indicator9, indicator10, tool) => {
      const result = oitIndicatorScores(fy2566, met);
      expect(result.rounded.indicatorScores).toEqual({ '9': indicator9, '10': indicator10 });
      expect(result.rounded.toolScore).toBe(tool);
    });

    it('scores every sub-indicator as a percentage of its items', () => {
      const result = oitIndicatorScores(fy2566, allBut('O1', 'O11', 'O42'));
      expect(result.rounded.subIndicatorScores).toEqual({
        '9.1': 90,
        '9.2': 87.5,
        '9.3': 100,
        '9.4': 100,
        '9.5': 100,
        '10.1': 100,
        '10.2': 50,
      });
    });

    it('accepts any iterable, such as a Set', () => {
      expect(oitIndicatorScores(fy2566, new Set(allFy2566Items)).toolScore).toBe(100);
    });
  });

  describe('a malformed hand-built framework fails loudly rather than scoring wrong', () => {
    const base = fy2564Shape();
    it.each<[string, ScoringFramework, RegExp]>([
      [
        'sub-indicator without items',
        { ...base, oitItems: base.oitItems.filter((i) => i.subIndicatorCode !== '9.2') },
        /sub-indicator 9\.2 has no items/,
      ],
      [
        'sub-indicator under an undefined indicator',
        { ...base, indicators: base.indicators.filter((i) => i.code !== '10') },
        /refers to an undefined indicator/,
      ],
      [
        'item-scored indicators spread over two tools',
        {
          ...base,
          tools: [...base.tools, { code: 'X', weight: 0, aggregation: 'MEAN_OF_INDICATORS' }],
          indicators: [
            { code: '9', tool: 'OIT' },
            { code: '10', tool: 'X' },
          ],
        },
        /exactly one tool, found 2/,
      ],
    ])('%s', (_scenario, framework, expected) => {
      expect(() => oitIndicatorScores(framework, [])).toThrow(expected);
    });
  });
});

describe('oitIndicatorScores with sub-indicator weights', () => {
  it('weights the sub-indicators of an indicator when the framework gives them', () => {
    const fw = loadBundledFrameworks().find((f) => f.fiscalYear === 2566)!;
    const weighted = {
      ...fw,
      oitSubIndicators: fw.oitSubIndicators.map((s) =>
        s.indicatorCode === '10' ? { ...s, weight: 0.5 } : s,
      ),
    };
    const allButO43 = fw.oitItems.map((i) => i.code).filter((c) => c !== 'O43');
    // 10.1 all met (100), 10.2 one of two (50): equal weights → 75, the published rule's mean.
    expect(oitIndicatorScores(weighted, allButO43).indicatorScores['10']).toBeCloseTo(75, 10);
    const heavy = {
      ...fw,
      oitSubIndicators: fw.oitSubIndicators.map((s) =>
        s.indicatorCode === '10' ? { ...s, weight: s.code === '10.1' ? 0.8 : 0.2 } : s,
      ),
    };
    expect(oitIndicatorScores(heavy, allButO43).indicatorScores['10']).toBeCloseTo(90, 10);
  });
});
