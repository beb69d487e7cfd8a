import { ErrorReason } from '@prongsai/common';
import {
  FrameworkDefinition,
  loadBundledFrameworks,
  validateFrameworkDefinition,
} from './framework-definition';

// The rules across fields, one named row per rule: the whole problem (path, reason and the sentence the admin
// reads) for one break of FY2567. Bands: AA 95, A 85, B 75, C 65, D 55, E 50, F 0; pass threshold 85.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = any;
const fy2567 = (): Draft => JSON.parse(JSON.stringify(loadBundledFrameworks()[2])) as FrameworkDefinition;
const R = ErrorReason;

describe('validateFrameworkDefinition: every rule names its path, reason and sentence', () => {
  it.each<[string, (fw: Draft) => void, string, ErrorReason, string]>([
    [
      'tool weights not 100%',
      (f) => (f.tools[1].weight = 0.2),
      'tools.0.weight',
      R.FRAMEWORK_WEIGHTS_NOT_100,
      'tools: weights sum to 90%, not 100%',
    ],
    [
      "a tool's indicator weights not 100%",
      (f) => f.indicators.filter((i: Draft) => i.tool === 'EIT').forEach((i: Draft) => (i.weight = 0.3)),
      'indicators.5.weight',
      R.FRAMEWORK_WEIGHTS_NOT_100,
      'indicators of tool EIT: weights sum to 90%, not 100%',
    ],
    [
      'weights on only some indicators',
      (f) => (f.indicators[8].weight = 1),
      'indicators.9.weight',
      R.FRAMEWORK_WEIGHTS_NOT_100,
      'indicators of tool OIT: give every weight or none (none = equal shares)',
    ],
    [
      'sub-indicator weights not 100%',
      (f) =>
        f.oitSubIndicators
          .filter((s: Draft) => s.indicatorCode === '10')
          .forEach((s: Draft) => (s.weight = 0.4)),
      'oitSubIndicators.5.weight',
      R.FRAMEWORK_WEIGHTS_NOT_100,
      'sub-indicators of indicator 10: weights sum to 80%, not 100%',
    ],
    [
      "an item's sub-indicator not defined",
      (f) => (f.oitItems[42].subIndicatorCode = '10.9'),
      'oitItems.42.subIndicatorCode',
      R.FRAMEWORK_UNKNOWN_REFERENCE,
      'item O43: sub-indicator 10.9 is not defined',
    ],
    [
      "a sub-indicator's indicator not defined",
      (f) => (f.oitSubIndicators[0].indicatorCode = '11'),
      'oitSubIndicators.0.indicatorCode',
      R.FRAMEWORK_UNKNOWN_REFERENCE,
      'sub-indicator 9.1: indicator 11 is not defined',
    ],
    [
      'a sub-indicator under a non-OIT indicator',
      (f) => (f.oitSubIndicators[0].indicatorCode = '1'),
      'oitSubIndicators.0.indicatorCode',
      R.FRAMEWORK_UNKNOWN_REFERENCE,
      'sub-indicator 9.1: indicator 1 belongs to IIT, not OIT',
    ],
    [
      'the lowest band above 0',
      (f) => (f.gradeBands[6].min = 10),
      'gradeBands.6.min',
      R.FRAMEWORK_GRADE_BANDS_GAP,
      'the lowest grade band must start at 0 so every total has a grade (F starts at 10)',
    ],
    [
      'a gap between bands',
      (f) => (f.gradeBands[1].max = 94),
      'gradeBands.1.max',
      R.FRAMEWORK_GRADE_BANDS_GAP,
      'A ends at 94 but AA starts at 95: totals in between have no grade',
    ],
    [
      'a max inside the next band',
      (f) => (f.gradeBands[2].max = 86),
      'gradeBands.2.max',
      R.FRAMEWORK_GRADE_BANDS_OVERLAP,
      'B ends at 86, inside A (it must end at 84.99)',
    ],
    [
      'two bands with one min',
      (f) => (f.gradeBands[2].min = 85),
      'gradeBands.2.min',
      R.FRAMEWORK_GRADE_BANDS_OVERLAP,
      'grade bands must be strictly descending by min (B starts at 85, A at 85)',
    ],
    [
      'a max below its min',
      (f) => (f.gradeBands[3].max = 64),
      'gradeBands.3.max',
      R.FRAMEWORK_GRADE_BANDS_OVERLAP,
      'C: max 64 is below its min 65',
    ],
    [
      'the highest band short of 100',
      (f) => (f.gradeBands[0].max = 99),
      'gradeBands.0.max',
      R.FRAMEWORK_GRADE_BANDS_GAP,
      'AA is the highest band and must end at 100, not 99',
    ],
    [
      'a pass threshold above 100',
      (f) => (f.passThreshold = 101),
      'passThreshold',
      R.FRAMEWORK_PASS_THRESHOLD_OUTSIDE,
      'the pass threshold must be above 0 and at most 100, not 101',
    ],
    [
      'a pass threshold of 0',
      (f) => (f.passThreshold = 0),
      'passThreshold',
      R.FRAMEWORK_PASS_THRESHOLD_OUTSIDE,
      'the pass threshold must be above 0 and at most 100, not 0',
    ],
    [
      'a duplicate item code',
      (f) => (f.oitItems[5].code = 'O1'),
      'oitItems.5.code',
      R.FRAMEWORK_DUPLICATE_CODE,
      'duplicate code "O1"',
    ],
    [
      'a duplicate indicator code',
      (f) => (f.indicators[3].code = '1'),
      'indicators.3.code',
      R.FRAMEWORK_DUPLICATE_CODE,
      'duplicate code "1"',
    ],
    [
      'a sub-indicator without items',
      (f) => (f.oitItems = f.oitItems.filter((i: Draft) => i.subIndicatorCode !== '10.2')),
      'oitSubIndicators.6',
      R.FRAMEWORK_EMPTY_GROUP,
      'sub-indicator 10.2 has no items',
    ],
    [
      'a tool without indicators',
      (f) => (f.indicators = f.indicators.filter((i: Draft) => i.tool !== 'IIT')),
      'tools.0',
      R.FRAMEWORK_EMPTY_GROUP,
      'tool IIT has no indicators',
    ],
    [
      'an OIT indicator without sub-indicators',
      (f) => {
        f.oitSubIndicators = f.oitSubIndicators.filter((s: Draft) => s.indicatorCode !== '9');
        f.oitItems = f.oitItems.filter((i: Draft) => i.subIndicatorCode.split('.')[0] !== '9');
      },
      'indicators.8',
      R.FRAMEWORK_EMPTY_GROUP,
      'OIT indicator 9 has no sub-indicators',
    ],
    [
      'an unknown tool (the shape)',
      (f) => (f.indicators[0].tool = 'XIT'),
      'indicators.0.tool',
      R.FRAMEWORK_INVALID,
      "Invalid enum value. Expected 'IIT' | 'EIT' | 'OIT', received 'XIT'",
    ],
  ])('%s', (_name, breakIt, path, reason, message) => {
    const fw = fy2567();
    breakIt(fw);
    expect(validateFrameworkDefinition(fw)).toEqual({ ok: false, problems: [{ path, reason, message }] });
  });

  it.each<[string, (fw: Draft) => void]>([
    ['a pass threshold of exactly 100', (f) => (f.passThreshold = 100)],
    ['FY2567 as bundled', () => undefined],
  ])('accepts %s', (_name, change) => {
    const fw = fy2567();
    change(fw);
    expect(validateFrameworkDefinition(fw)).toMatchObject({ ok: true });
  });
});
