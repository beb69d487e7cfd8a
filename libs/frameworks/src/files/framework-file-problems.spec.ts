import { ErrorReason } from '@prongsai/common';
import { FrameworkDefinition, loadBundledFrameworks } from '../framework-definition';
import {
  FRAMEWORK_PROBLEMS_MAX,
  FrameworkFileFormat,
  frameworkToJson,
  readFrameworkFile,
  validateFrameworkCandidate,
} from './framework-file';

// What an admin reads when a framework file is refused: each row pins the whole problem (path, reason and
// the sentence), since the web app shows all three.
type Draft = Record<string, unknown> & {
  tools: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  oitItems: Record<string, unknown>[];
};
const fy2567 = (): Draft => JSON.parse(JSON.stringify(loadBundledFrameworks()[2])) as Draft;
const json = (breakIt: (fw: Draft) => void): string => {
  const fw = fy2567();
  breakIt(fw);
  return JSON.stringify(fw);
};
const { FRAMEWORK_INVALID, FRAMEWORK_FILE_UNREADABLE, FRAMEWORK_WEIGHTS_NOT_100 } = ErrorReason;

describe('framework files: the problems as the admin reads them', () => {
  it.each<
    [string, FrameworkFileFormat, () => string, { path: string; reason: ErrorReason; message: string }]
  >([
    [
      'an unknown property',
      FrameworkFileFormat.JSON,
      () => json((fw) => (fw.weights = {})),
      { path: 'weights', reason: FRAMEWORK_INVALID, message: 'unknown property weights' },
    ],
    [
      'a value outside its list',
      FrameworkFileFormat.JSON,
      () => json((fw) => (fw.indicators[0].tool = 'XIT')),
      { path: 'indicators.0.tool', reason: FRAMEWORK_INVALID, message: 'must be one of ["IIT","EIT","OIT"]' },
    ],
    [
      'a missing property',
      FrameworkFileFormat.JSON,
      () => json((fw) => delete fw.oitItems[3].nameTh),
      {
        path: 'oitItems.3.nameTh',
        reason: FRAMEWORK_INVALID,
        message: "must have required property 'nameTh'",
      },
    ],
    [
      'a weight in percent',
      FrameworkFileFormat.JSON,
      () => json((fw) => (fw.tools[0].weight = 30)),
      { path: 'tools.0.weight', reason: FRAMEWORK_INVALID, message: 'must be <= 1' },
    ],
    [
      'tool weights not adding up (a rule across fields)',
      FrameworkFileFormat.JSON,
      () => json((fw) => (fw.tools[1].weight = 0.2)),
      {
        path: 'tools.0.weight',
        reason: FRAMEWORK_WEIGHTS_NOT_100,
        message: 'tools: weights sum to 90%, not 100%',
      },
    ],
    [
      'not JSON',
      FrameworkFileFormat.JSON,
      () => '{ "a": ',
      { path: '', reason: FRAMEWORK_FILE_UNREADABLE, message: 'not JSON: Unexpected end of JSON input' },
    ],
    [
      'JSON one byte over 2,000,000',
      FrameworkFileFormat.JSON,
      () => ' '.repeat(2_000_001),
      { path: '', reason: FRAMEWORK_FILE_UNREADABLE, message: 'the file is larger than 2000000 bytes' },
    ],
    [
      'JSON of exactly 2,000,000 bytes is read (and is not an object)',
      FrameworkFileFormat.JSON,
      () => `"${'a'.repeat(1_999_998)}"`,
      { path: '', reason: FRAMEWORK_INVALID, message: 'must be object' },
    ],
    [
      'a workbook one byte over 2,000,000',
      FrameworkFileFormat.XLSX,
      () => Buffer.alloc(2_000_001).toString('base64'),
      { path: '', reason: FRAMEWORK_FILE_UNREADABLE, message: 'the file is larger than 2000000 bytes' },
    ],
  ])('%s', async (_name, format, content, problem) => {
    expect(await readFrameworkFile(format, content())).toEqual({ ok: false, problems: [problem] });
  });

  it('a workbook of exactly 2,000,000 bytes is opened (and refused for what it is, not its size)', async () => {
    const result = await readFrameworkFile(
      FrameworkFileFormat.XLSX,
      Buffer.alloc(2_000_000).toString('base64'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].message).not.toMatch(/larger than/);
  });

  it('at most 100 problems, each path and message once, in the order of the file', async () => {
    const result = await readFrameworkFile(
      FrameworkFileFormat.JSON,
      json((fw) =>
        fw.oitItems.forEach((item) => {
          delete item.code;
          delete item.nameTh;
          item.x = 1;
        }),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.problems.slice(0, 3)).toEqual([
      { path: 'oitItems.0.code', reason: FRAMEWORK_INVALID, message: "must have required property 'code'" },
      {
        path: 'oitItems.0.nameTh',
        reason: FRAMEWORK_INVALID,
        message: "must have required property 'nameTh'",
      },
      { path: 'oitItems.0.x', reason: FRAMEWORK_INVALID, message: 'unknown property x' },
    ]);
    expect(new Set(result.problems.map((p) => `${p.path} ${p.message}`)).size).toBe(100);
  });

  it('$schema is allowed in a file and is no part of the framework', async () => {
    const fw = fy2567();
    const result = await readFrameworkFile(
      FrameworkFileFormat.JSON,
      JSON.stringify({ $schema: './framework.schema.json', ...fw }),
    );
    expect(result).toEqual({ ok: true, framework: fw as unknown as FrameworkDefinition });
  });
});

// Edges of how ajv's errors become problems (issue 18's mutation run).
describe('validateFrameworkCandidate: one problem per path and message, at most FRAMEWORK_PROBLEMS_MAX', () => {
  const problems = (breakIt: (fw: Draft) => void) => {
    const fw = fy2567();
    breakIt(fw);
    const result = validateFrameworkCandidate(fw);
    return result.ok ? [] : result.problems;
  };

  it('a wrong type names the field itself, nothing after it', () => {
    expect(problems((fw) => (fw.tools[0].weight = 'สามสิบ'))).toEqual([
      { path: 'tools.0.weight', reason: FRAMEWORK_INVALID, message: expect.any(String) },
    ]);
  });

  it('an unknown property inside a list names its place', () => {
    expect(problems((fw) => (fw.indicators[2].remark = 'x'))).toEqual([
      { path: 'indicators.2.remark', reason: FRAMEWORK_INVALID, message: 'unknown property remark' },
    ]);
  });

  it('an unknown tool code is one problem, however many branches ajv tried', () => {
    const found = problems((fw) => (fw.tools[0].code = 'XIT'));
    expect(found.filter((p) => p.path === 'tools.0.code')).toHaveLength(1);
  });

  it('cross-field problems are capped too', () => {
    const found = problems((fw) => {
      const item = fw.oitItems[0];
      fw.oitItems = Array.from({ length: FRAMEWORK_PROBLEMS_MAX + 50 }, (_, i) => ({
        ...item,
        code: `X${i + 1}`,
        order: i + 1,
        subIndicatorCode: '9.9',
      }));
    });
    expect(found.length).toBe(FRAMEWORK_PROBLEMS_MAX);
  });

  it('frameworkToJson writes the file readFrameworkFile reads back, ending in a newline', async () => {
    const fw: FrameworkDefinition = loadBundledFrameworks()[2];
    const text = frameworkToJson(fw);
    expect(text.endsWith('}\n')).toBe(true);
    expect(await readFrameworkFile(FrameworkFileFormat.JSON, text)).toEqual({ ok: true, framework: fw });
  });
});
