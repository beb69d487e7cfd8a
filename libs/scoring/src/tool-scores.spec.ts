import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { ScoringFramework } from './scoring-framework';
import { toolScores } from './tool-scores';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;

// prettier-ignore
const bangkok2566 = { '1': 82.44, '2': 82.44, '3': 82.44, '4': 82.44, '5': 82.44, '6': 80.82, '7': 80.82, '8': 80.82, '9': 100, '10': 100 };

/** FY2566 published EIT in two parts; modelled as two indicators, the tool score is their mean. */
const eitInTwoParts: ScoringFramework = {
  passThreshold: 85,
  tools: [{ code: 'EIT', weight: 1, aggregation: 'MEAN_OF_INDICATORS' }],
  indicators: [
    { code: 'EIT-1', tool: 'EIT' },
    { code: 'EIT-2', tool: 'EIT' },
  ],
  gradeBands: [{ grade: 'F', min: 0 }],
  oitSubIndicators: [],
  oitItems: [],
};

describe('toolScores', () => {
  it.each([
    ['Bangkok FY2566, ten indicators', fy2566, bangkok2566, { IIT: 82.44, EIT: 80.82, OIT: 100 }],
    [
      'Bangkok FY2566, EIT parts 79.40 and 82.24',
      eitInTwoParts,
      { 'EIT-1': 79.4, 'EIT-2': 82.24 },
      { EIT: 80.82 },
    ],
    [
      'mixed indicators average within each tool',
      fy2566,
      { '1': 70, '2': 80, '3': 90, '4': 100, '5': 60, '6': 50, '7': 60, '8': 100, '9': 97.5, '10': 92.5 },
      { IIT: 80, EIT: 70, OIT: 95 },
    ],
    [
      'a tool with one indicator missing is null, the others are scored',
      fy2566,
      { ...bangkok2566, '7': undefined },
      { IIT: 82.44, EIT: null, OIT: 100 },
    ],
    ['null counts as missing', fy2566, { ...bangkok2566, '10': null }, { IIT: 82.44, EIT: 80.82, OIT: null }],
    ['no data at all', fy2566, {}, { IIT: null, EIT: null, OIT: null }],
    [
      'extremes',
      fy2566,
      { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 100, '7': 100, '8': 100 },
      { IIT: 0, EIT: 100, OIT: null },
    ],
  ])('%s', (_scenario, framework, indicatorScores, expected) => {
    const result = toolScores(framework, indicatorScores);
    expect(Object.keys(result)).toEqual(Object.keys(expected));
    for (const [tool, score] of Object.entries(expected)) {
      if (score === null) expect(result[tool]).toBeNull();
      else expect(result[tool]).toBeCloseTo(score, 10);
    }
  });
});

describe('toolScores with weights within a tool (a framework edited as data)', () => {
  const weighted: ScoringFramework = {
    ...eitInTwoParts,
    indicators: [
      { code: 'EIT-1', tool: 'EIT', weight: 0.75 },
      { code: 'EIT-2', tool: 'EIT', weight: 0.25 },
    ],
  };

  it.each([
    ['equal scores stay as they are', { 'EIT-1': 80, 'EIT-2': 80 }, 80],
    ['the heavier indicator counts three times', { 'EIT-1': 100, 'EIT-2': 60 }, 90],
    ['the lighter one a quarter', { 'EIT-1': 60, 'EIT-2': 100 }, 70],
  ])('%s', (_scenario, scores, expected) => {
    expect(toolScores(weighted, scores).EIT).toBeCloseTo(expected, 10);
  });

  it('without weights it is the plain mean, as before (Bangkok FY2566 EIT 80.82)', () => {
    expect(toolScores(fy2566, bangkok2566).EIT).toBeCloseTo(80.82, 10);
  });
});

// Framework validation refuses both; if bad data gets past it the scoring says so instead of scoring NaN.
describe('toolScores on a framework validation should have refused', () => {
  it.each<[string, ScoringFramework, string]>([
    [
      'a tool with no indicators',
      {
        ...eitInTwoParts,
        tools: [...eitInTwoParts.tools, { code: 'IIT', weight: 0, aggregation: 'MEAN_OF_INDICATORS' }],
      },
      'framework: tool IIT has no indicators',
    ],
    [
      'an aggregation this version does not know',
      {
        ...eitInTwoParts,
        tools: [{ code: 'EIT', weight: 1, aggregation: 'MEDIAN' as 'MEAN_OF_INDICATORS' }],
      },
      'framework: unsupported aggregation MEDIAN',
    ],
  ])('refuses %s', (_name, framework, message) => {
    expect(() => toolScores(framework, { 'EIT-1': 80, 'EIT-2': 90 })).toThrow(new Error(message));
  });
});
