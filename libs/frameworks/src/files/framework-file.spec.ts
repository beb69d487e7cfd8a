import { ErrorReason } from '@prongsai/common';
import {
  FrameworkDefinition,
  bundledFrameworkReleases,
  loadBundledFrameworks,
} from '../framework-definition';
import { FrameworkFileFormat, readFrameworkFile, validateFrameworkCandidate } from './framework-file';
import { frameworkToXlsx, readFrameworkXlsx } from './framework-xlsx';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] };
type Draft = Mutable<FrameworkDefinition> & Record<string, unknown>;

const fy2567 = (): Draft => JSON.parse(JSON.stringify(loadBundledFrameworks()[2])) as Draft;

describe('framework files', () => {
  it('the published JSON Schema accepts every bundled framework (FY2565–2570)', () => {
    for (const { definition } of bundledFrameworkReleases()) {
      const result = validateFrameworkCandidate(JSON.parse(JSON.stringify(definition)));
      expect(result).toEqual({ ok: true, framework: definition });
    }
  });

  it('ships FY2568–2570 as copies of FY2567 that are never marked confirmed, and say so', () => {
    const releases = bundledFrameworkReleases();
    expect(releases.map((r) => [r.definition.fiscalYear, r.confirmedByNacc])).toEqual([
      [2565, false],
      [2566, true],
      [2567, false],
      [2568, false],
      [2569, false],
      [2570, false],
    ]);
    for (const r of releases.slice(3)) {
      expect(r.note).toMatch(/^ยังไม่ยืนยันเกณฑ์ของปีนี้/);
      expect(r.definition.assumptions[0]).toMatch(/Provisional copy of FY2567/);
      expect(r.definition.oitItems).toEqual(releases[2].definition.oitItems);
    }
  });

  // Each kind of error, with the path it names and its reason.
  it.each<[string, (fw: Draft) => void, string, ErrorReason]>([
    [
      'tool weights not 100%',
      (fw) => (fw.tools[1].weight = 0.2),
      'tools.0.weight',
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    ],
    [
      "a tool's indicator weights not 100%",
      (fw) => fw.indicators.filter((i) => i.tool === 'EIT').forEach((i) => (i.weight = 0.3)),
      'indicators.5.weight',
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    ],
    [
      'weights on only some indicators of a tool',
      (fw) => (fw.indicators[8].weight = 1),
      'indicators.9.weight',
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    ],
    [
      "an indicator's sub-indicator weights not 100%",
      (fw) => fw.oitSubIndicators.filter((s) => s.indicatorCode === '10').forEach((s) => (s.weight = 0.4)),
      'oitSubIndicators.5.weight',
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    ],
    [
      "an item's sub-indicator that does not exist",
      (fw) => (fw.oitItems[42].subIndicatorCode = '10.9'),
      'oitItems.42.subIndicatorCode',
      ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
    ],
    [
      "a sub-indicator's indicator that does not exist",
      (fw) => (fw.oitSubIndicators[0].indicatorCode = '11'),
      'oitSubIndicators.0.indicatorCode',
      ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
    ],
    [
      'a gap at the bottom of the grade bands',
      (fw) => (fw.gradeBands[6].min = 10),
      'gradeBands.6.min',
      ErrorReason.FRAMEWORK_GRADE_BANDS_GAP,
    ],
    [
      'a gap between two bands (max short of the next min)',
      (fw) => (fw.gradeBands[1].max = 94),
      'gradeBands.1.max',
      ErrorReason.FRAMEWORK_GRADE_BANDS_GAP,
    ],
    [
      'an overlap (max inside the next band)',
      (fw) => (fw.gradeBands[2].max = 86),
      'gradeBands.2.max',
      ErrorReason.FRAMEWORK_GRADE_BANDS_OVERLAP,
    ],
    [
      'an overlap (two bands with one min)',
      (fw) => (fw.gradeBands[2].min = 85),
      'gradeBands.2.min',
      ErrorReason.FRAMEWORK_GRADE_BANDS_OVERLAP,
    ],
    [
      'the highest band not reaching 100',
      (fw) => (fw.gradeBands[0].max = 99),
      'gradeBands.0.max',
      ErrorReason.FRAMEWORK_GRADE_BANDS_GAP,
    ],
    [
      'a pass threshold above 100',
      (fw) => (fw.passThreshold = 101),
      'passThreshold',
      ErrorReason.FRAMEWORK_PASS_THRESHOLD_OUTSIDE,
    ],
    [
      'a pass threshold of 0',
      (fw) => (fw.passThreshold = 0),
      'passThreshold',
      ErrorReason.FRAMEWORK_PASS_THRESHOLD_OUTSIDE,
    ],
    [
      'a duplicate item code',
      (fw) => (fw.oitItems[5].code = 'O1'),
      'oitItems.5.code',
      ErrorReason.FRAMEWORK_DUPLICATE_CODE,
    ],
    [
      'a sub-indicator without items',
      (fw) => (fw.oitItems = fw.oitItems.filter((i) => i.subIndicatorCode !== '10.2')),
      'oitSubIndicators.6',
      ErrorReason.FRAMEWORK_EMPTY_GROUP,
    ],
    [
      'a missing field',
      (fw) => delete (fw.oitItems[3] as { nameTh?: string }).nameTh,
      'oitItems.3.nameTh',
      ErrorReason.FRAMEWORK_INVALID,
    ],
    ['an unknown field', (fw) => (fw.weights = {}), 'weights', ErrorReason.FRAMEWORK_INVALID],
    [
      'a weight given in percent',
      (fw) => (fw.tools[0].weight = 30),
      'tools.0.weight',
      ErrorReason.FRAMEWORK_INVALID,
    ],
    [
      'an unknown tool',
      (fw) => (fw.indicators[0].tool = 'XIT' as never),
      'indicators.0.tool',
      ErrorReason.FRAMEWORK_INVALID,
    ],
  ])('refuses %s, naming the path', async (_scenario, breakIt, path, reason) => {
    const fw = fy2567();
    breakIt(fw);
    const result = await readFrameworkFile(FrameworkFileFormat.JSON, JSON.stringify(fw));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path, reason });
  });

  it('refuses what is not a file of the format', async () => {
    for (const [format, content] of [
      [FrameworkFileFormat.JSON, '{ "fiscalYear": '],
      [FrameworkFileFormat.XLSX, Buffer.from('not a workbook').toString('base64')],
    ] as const) {
      const result = await readFrameworkFile(format, content);
      expect(result).toMatchObject({
        ok: false,
        problems: [{ path: '', reason: ErrorReason.FRAMEWORK_FILE_UNREADABLE }],
      });
    }
  });

  it('the XLSX layout reads back to the same framework, weights in percent', async () => {
    const fw = fy2567();
    fw.tools[0].weight = 0.25;
    fw.tools[1].weight = 0.35;
    fw.indicators.filter((i) => i.tool === 'EIT').forEach((i, k) => (i.weight = [0.5, 0.25, 0.25][k]));
    const bytes = await frameworkToXlsx(fw);
    const read = await readFrameworkXlsx(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(validateFrameworkCandidate(read.candidate)).toEqual({ ok: true, framework: fw });
  });

  it('an XLSX problem names the JSON path and the sheet and row', async () => {
    const fw = fy2567();
    fw.tools[2].weight = 0.5;
    const result = await readFrameworkFile(
      FrameworkFileFormat.XLSX,
      (await frameworkToXlsx(fw)).toString('base64'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({
      path: 'tools.0.weight',
      reason: ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
    });
    expect(result.problems[0].message).toMatch(/110%.*sheet "เครื่องมือ", row 2/);
  });
});
