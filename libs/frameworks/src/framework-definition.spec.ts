import fy2566 from './data/fy2566.json';
import {
  bundledFrameworkReleases,
  FrameworkDefinition,
  frameworkDefinitionSchema,
  loadBundledFrameworks,
  parseFrameworkDefinition,
  UNCONFIRMED_FRAMEWORK_NOTICE_TH,
  validateFrameworkDefinition,
} from './framework-definition';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** A fresh, valid FY2566 copy per test, to be broken one way at a time. */
function validCopy(): Mutable<FrameworkDefinition> {
  return structuredClone(fy2566) as unknown as Mutable<FrameworkDefinition>;
}

function problemsOf(json: unknown): string {
  try {
    parseFrameworkDefinition(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseFrameworkDefinition to throw');
}

describe('loadBundledFrameworks', () => {
  const frameworks = loadBundledFrameworks();
  const byYear = new Map(frameworks.map((fw) => [fw.fiscalYear, fw]));

  it('loads FY2565, FY2566 and FY2567, oldest first', () => {
    expect(frameworks.map((fw) => fw.fiscalYear)).toEqual([2565, 2566, 2567]);
  });

  it('returns fresh objects on each call', () => {
    const again = loadBundledFrameworks();
    expect(again[1]).toEqual(frameworks[1]);
    expect(again[1]).not.toBe(frameworks[1]);
  });

  describe('FY2566', () => {
    const fw = byYear.get(2566)!;

    it('has the confirmed pass threshold, weights and grade bands', () => {
      expect(fw.passThreshold).toBe(85);
      expect(fw.tools.map((t) => [t.code, t.weight, t.aggregation])).toEqual([
        ['IIT', 0.3, 'MEAN_OF_INDICATORS'],
        ['EIT', 0.3, 'MEAN_OF_INDICATORS'],
        ['OIT', 0.4, 'MEAN_OF_INDICATORS'],
      ]);
      expect(fw.gradeBands).toEqual([
        { grade: 'AA', min: 95 },
        { grade: 'A', min: 85 },
        { grade: 'B', min: 75 },
        { grade: 'C', min: 65 },
        { grade: 'D', min: 55 },
        { grade: 'E', min: 50 },
        { grade: 'F', min: 0 },
      ]);
    });

    it.each([
      ['1', 'การปฏิบัติหน้าที่', 'IIT'],
      ['2', 'การใช้งบประมาณ', 'IIT'],
      ['3', 'การใช้อำนาจ', 'IIT'],
      ['4', 'การใช้ทรัพย์สินของราชการ', 'IIT'],
      ['5', 'การแก้ไขปัญหาการทุจริต', 'IIT'],
      ['6', 'คุณภาพการดำเนินงาน', 'EIT'],
      ['7', 'ประสิทธิภาพการสื่อสาร', 'EIT'],
      ['8', 'การปรับปรุงระบบการทำงาน', 'EIT'],
      ['9', 'การเปิดเผยข้อมูล', 'OIT'],
      ['10', 'การป้องกันการทุจริต', 'OIT'],
    ])('indicator %s is %s under %s', (code, nameTh, tool) => {
      expect(fw.indicators.find((i) => i.code === code)).toEqual({ code, nameTh, tool });
    });

    it.each([
      ['9.1 basic information', 1, 10, '9.1', '9'],
      ['9.2 administration', 11, 18, '9.2', '9'],
      ['9.3 procurement', 19, 22, '9.3', '9'],
      ['9.4 human resources', 23, 26, '9.4', '9'],
      ['9.5 complaints and participation', 27, 30, '9.5', '9'],
      ['10.1 anti-corruption work', 31, 41, '10.1', '10'],
      ['10.2 internal integrity measures', 42, 43, '10.2', '10'],
    ])('%s holds O%i to O%i (assumed grouping)', (_name, first, last, subCode, indicatorCode) => {
      const sub = fw.oitSubIndicators.find((s) => s.code === subCode);
      expect(sub?.indicatorCode).toBe(indicatorCode);
      const expected = Array.from({ length: last - first + 1 }, (_, k) => `O${first + k}`);
      expect(
        fw.oitItems.filter((item) => item.subIndicatorCode === subCode).map((item) => item.code),
      ).toEqual(expected);
    });

    it('has all 43 OIT items in order, O42 and O43 being the integrity measures and their report', () => {
      expect(fw.oitItems).toHaveLength(43);
      expect(fw.oitItems.map((item) => item.order)).toEqual(Array.from({ length: 43 }, (_, k) => k + 1));
      expect(fw.oitItems.map((item) => item.code)).toEqual(Array.from({ length: 43 }, (_, k) => `O${k + 1}`));
      expect(fw.oitItems.find((i) => i.code === 'O1')?.nameTh).toBe('โครงสร้าง');
      expect(fw.oitItems.find((i) => i.code === 'O42')?.nameTh).toBe(
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      );
      expect(fw.oitItems.find((i) => i.code === 'O43')?.nameTh).toBe(
        'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      );
    });

    it('states what is assumed and that item codes are not cross-year keys', () => {
      expect(fw.assumptions.join(' ')).toMatch(/assumed/);
      expect(fw.assumptions.join(' ')).toMatch(/never use an item code as a cross-year key/);
    });
  });

  it.each([2565, 2567])('FY%i reuses FY2566 weights, indicators and items and says so', (year) => {
    const fw = byYear.get(year)!;
    const base = byYear.get(2566)!;
    expect(fw.tools).toEqual(base.tools);
    expect(fw.indicators).toEqual(base.indicators);
    expect(fw.oitSubIndicators).toEqual(base.oitSubIndicators);
    expect(fw.oitItems).toEqual(base.oitItems);
    expect(fw.gradeBands).toEqual(base.gradeBands);
    expect(fw.passThreshold).toBe(85);
    expect(fw.assumptions.join(' ')).toMatch(/reused from FY2566/);
    expect(fw.assumptions.join(' ')).toMatch(/never use an item code as a cross-year key/);
  });
});

describe('parseFrameworkDefinition', () => {
  it('accepts the bundled FY2566 file and returns an equal object', () => {
    expect(parseFrameworkDefinition(fy2566)).toEqual(fy2566);
  });

  it('exposes the same rules as a zod schema', () => {
    expect(frameworkDefinitionSchema.safeParse(fy2566).success).toBe(true);
    expect(frameworkDefinitionSchema.safeParse({}).success).toBe(false);
  });

  it.each<[string, (fw: Mutable<FrameworkDefinition>) => void, RegExp]>([
    [
      'indicator on an undefined tool',
      (fw) => {
        fw.tools = fw.tools.filter((t) => t.code !== 'EIT');
        fw.tools[0] = { ...fw.tools[0], weight: 0.6 };
      },
      /indicators\.5\.tool: indicator 6: tool EIT is not defined/,
    ],
    [
      'weights not summing to 1',
      (fw) => (fw.tools[0] = { ...fw.tools[0], weight: 0.35 }),
      /tools\.0\.weight: tools: weights sum to 105%, not 100%/,
    ],
    [
      'item on an undefined sub-indicator',
      (fw) => (fw.oitItems[0] = { ...fw.oitItems[0], subIndicatorCode: '9.9' }),
      /oitItems\.0\.subIndicatorCode: item O1: sub-indicator 9\.9 is not defined/,
    ],
    [
      'sub-indicator under a non-OIT indicator',
      (fw) => (fw.oitSubIndicators[0] = { ...fw.oitSubIndicators[0], indicatorCode: '1' }),
      /sub-indicator 9\.1: indicator 1 belongs to IIT, not OIT/,
    ],
    [
      'sub-indicator under an undefined indicator',
      (fw) => (fw.oitSubIndicators[6] = { ...fw.oitSubIndicators[6], indicatorCode: '11' }),
      /sub-indicator 10\.2: indicator 11 is not defined/,
    ],
    [
      'sub-indicator with no items',
      (fw) => (fw.oitItems = fw.oitItems.filter((i) => i.subIndicatorCode !== '9.3')),
      /sub-indicator 9\.3 has no items/,
    ],
    [
      'OIT indicator with no sub-indicators',
      (fw) => {
        fw.oitSubIndicators = fw.oitSubIndicators.filter((s) => s.indicatorCode !== '10');
        fw.oitItems = fw.oitItems.filter((i) => !i.subIndicatorCode.startsWith('10.'));
      },
      /OIT indicator 10 has no sub-indicators/,
    ],
    [
      'tool with no indicators',
      (fw) => (fw.indicators = fw.indicators.filter((i) => i.tool !== 'EIT')),
      /tool EIT has no indicators/,
    ],
    ['grade bands not descending', (fw) => fw.gradeBands.reverse(), /strictly descending/],
    [
      'grade bands not covering 0',
      (fw) => fw.gradeBands.pop(),
      /gradeBands\.5\.min: the lowest grade band must start at 0/,
    ],
    [
      'duplicate indicator code',
      (fw) => (fw.indicators[1] = { ...fw.indicators[1], code: '1' }),
      /indicators\.1\.code: duplicate code "1"/,
    ],
    [
      'duplicate item code',
      (fw) => (fw.oitItems[1] = { ...fw.oitItems[1], code: 'O1' }),
      /oitItems\.1\.code: duplicate code "O1"/,
    ],
    [
      'duplicate item order',
      (fw) => (fw.oitItems[1] = { ...fw.oitItems[1], order: 1 }),
      /oitItems\.1\.order: duplicate order 1/,
    ],
    [
      'duplicate grade',
      (fw) => (fw.gradeBands[1] = { ...fw.gradeBands[1], grade: 'AA' }),
      /gradeBands\.1\.grade: duplicate grade "AA"/,
    ],
    ['unknown tool code', (fw) => (fw.tools[0] = { ...fw.tools[0], code: 'XIT' as never }), /tools\.0\.code/],
    [
      'unknown aggregation',
      (fw) => (fw.tools[0] = { ...fw.tools[0], aggregation: 'MAX' as never }),
      /tools\.0\.aggregation/,
    ],
    ['pass threshold above 100', (fw) => (fw.passThreshold = 101), /passThreshold/],
    ['Gregorian fiscal year', (fw) => (fw.fiscalYear = 2023), /fiscalYear/],
    ['unexpected field', (fw) => Object.assign(fw, { weights: {} }), /Unrecognized key/],
  ])('rejects %s', (_scenario, breakIt, expected) => {
    const fw = validCopy();
    breakIt(fw);
    expect(problemsOf(fw)).toMatch(expected);
  });

  it('lists every cross-reference problem at once, naming the fiscal year', () => {
    const fw = validCopy();
    fw.tools[0] = { ...fw.tools[0], weight: 0.35 };
    fw.oitItems[0] = { ...fw.oitItems[0], subIndicatorCode: '9.9' };
    fw.gradeBands.pop();
    const message = problemsOf(fw);
    expect(message).toMatch(/^Invalid framework definition for fiscal year 2566 \(3 problem\(s\)\)/);
    expect(message).toMatch(/weights sum/);
    expect(message).toMatch(/sub-indicator 9\.9 is not defined/);
    expect(message).toMatch(/must start at 0/);
  });

  it('lists every shape problem at once', () => {
    const message = problemsOf({ fiscalYear: 'x', tools: [] });
    expect(message).toMatch(/fiscalYear:/);
    expect(message).toMatch(/passThreshold: Required/);
    expect(message).toMatch(/tools:/);
    expect(message).toMatch(/oitItems: Required/);
  });

  it.each([null, 42, 'fy2566', []])('rejects a non-object (%p)', (json) => {
    expect(() => parseFrameworkDefinition(json)).toThrow(/Invalid framework definition/);
  });
});

// Rules mutation testing found unchecked (issue 18): each row breaks or bends one.
describe('validateFrameworkDefinition: the edges of each rule', () => {
  it.each<[string, (fw: Mutable<FrameworkDefinition>) => void, RegExp]>([
    [
      'a code of spaces only',
      (fw) => (fw.oitItems[0] = { ...fw.oitItems[0], code: '   ' }),
      /oitItems\.0\.code:/,
    ],
    [
      'a grade of spaces only',
      (fw) => (fw.gradeBands[0] = { ...fw.gradeBands[0], grade: '     ' }),
      /gradeBands\.0\.grade:/,
    ],
    [
      'a Thai name of spaces only',
      (fw) => (fw.indicators[0] = { ...fw.indicators[0], nameTh: '   ' }),
      /indicators\.0\.nameTh:/,
    ],
    [
      'a duplicate tool',
      (fw) => (fw.tools[1] = { ...fw.tools[1], code: fw.tools[0].code }),
      /tools\.1\.code: duplicate code "IIT"/,
    ],
    [
      'a duplicate sub-indicator',
      (fw) => (fw.oitSubIndicators[1] = { ...fw.oitSubIndicators[1], code: fw.oitSubIndicators[0].code }),
      /oitSubIndicators\.1\.code: duplicate code "9\.1"/,
    ],
  ])('refuses %s', (_name, breakIt, expected) => {
    const fw = validCopy();
    breakIt(fw);
    expect(problemsOf(fw)).toMatch(expected);
  });

  it('codes and names are stored trimmed', () => {
    const fw = validCopy();
    fw.indicators[0] = { ...fw.indicators[0], nameTh: `  ${fw.indicators[0].nameTh}  ` };
    fw.gradeBands[0] = { ...fw.gradeBands[0], grade: ` ${fw.gradeBands[0].grade} ` };
    const parsed = parseFrameworkDefinition(fw);
    expect(parsed.indicators[0].nameTh).toBe(fy2566.indicators[0].nameTh);
    expect(parsed.gradeBands[0].grade).toBe(fy2566.gradeBands[0].grade);
  });

  /** Every band given its max explicitly: 100 for the highest, 0.01 below the next band's min otherwise. */
  const withMaxes = (fw: Mutable<FrameworkDefinition>) => {
    fw.gradeBands = fw.gradeBands.map((b, i, all) => ({
      ...b,
      max: i === 0 ? 100 : Number((all[i - 1].min - 0.01).toFixed(2)),
    }));
    return fw;
  };

  it('accepts bands whose max is given and meets the next band exactly', () => {
    expect(validateFrameworkDefinition(withMaxes(validCopy())).ok).toBe(true);
  });

  it('accepts a one-value band (max equal to min)', () => {
    const fw = withMaxes(validCopy());
    const last = fw.gradeBands.length - 1;
    // The second-lowest band starts 0.01 above the lowest one's min, so the lowest is the single value 0.
    fw.gradeBands[last - 1] = { ...fw.gradeBands[last - 1], min: 0.01 };
    fw.gradeBands[last] = { ...fw.gradeBands[last], min: 0, max: 0 };
    expect(validateFrameworkDefinition(fw)).toEqual(expect.objectContaining({ ok: true }));
  });

  it.each<[string, number, RegExp]>([
    ['a gap below the next band', -0.5, /gradeBands\.1\.max: \S+ ends at [\d.]+ but \S+ starts at/],
    [
      'an overlap into the next band',
      0.5,
      /gradeBands\.1\.max: \S+ ends at [\d.]+, inside \S+ \(it must end at/,
    ],
  ])('refuses %s', (_name, shift, expected) => {
    const fw = withMaxes(validCopy());
    fw.gradeBands[1] = { ...fw.gradeBands[1], max: fw.gradeBands[1].max! + shift };
    expect(problemsOf(fw)).toMatch(expected);
  });

  it('a zod issue’s path has numbers for list indexes, also past 9', () => {
    const fw = validCopy();
    fw.oitItems[12] = { ...fw.oitItems[12], code: fw.oitItems[0].code };
    const parsed = frameworkDefinitionSchema.safeParse(fw);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path)).toEqual([['oitItems', 12, 'code']]);
  });

  it('says "(root)" and no fiscal year for a candidate that is not an object', () => {
    expect(problemsOf(null)).toMatch(/^Invalid framework definition \(1 problem\(s\)\):\n {2}- \(root\): \S/);
  });

  it('lists problems one a line, each with its path', () => {
    const fw = validCopy();
    fw.tools[0] = { ...fw.tools[0], weight: 0.35 };
    fw.gradeBands.pop();
    expect(problemsOf(fw).split('\n').slice(1)).toEqual([
      expect.stringMatching(/^ {2}- tools\.0\.weight: /),
      expect.stringMatching(/^ {2}- gradeBands\.\d+\.min: /),
    ]);
  });
});

describe('bundledFrameworkReleases', () => {
  it('marks FY2566 alone as the NACC’s, and every other year as not confirmed, in Thai', () => {
    const releases = bundledFrameworkReleases();
    const fy = (year: number) => releases.find((r) => r.definition.fiscalYear === year)!;
    expect(fy(2566)).toEqual(
      expect.objectContaining({
        confirmedByNacc: true,
        note: 'เกณฑ์ปี 2566 ตามที่ ป.ป.ช. เผยแพร่ (การจัดกลุ่มข้อ OIT เป็นการสันนิษฐาน)',
      }),
    );
    for (const year of [2565, 2567]) {
      expect(fy(year).confirmedByNacc).toBe(false);
      expect(fy(year).note).toBe(`${UNCONFIRMED_FRAMEWORK_NOTICE_TH}: ใช้ตัวชี้วัดและข้อ OIT ของปี 2566 แทนไว้ก่อน`);
    }
  });
});
