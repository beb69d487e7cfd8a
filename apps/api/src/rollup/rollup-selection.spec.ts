import { GraphQLResolveInfo, buildSchema, execute, graphql, parse } from 'graphql';
import { rollupRequestFrom } from './rollup-selection';

const schema = buildSchema(`
  type Org { code: String }
  type Progress { organization: Org, gapToPass: Float, toolScores: [Int], measuresOverdue: Int }
  type District { code: String }
  type Figures { passingCount: Int, gradeDistribution: [Int], oitItems: Int, surveys: [Int], measuresOverdue: Int }
  type DistrictRollup { district: District, passingCount: Int, previousYear: Figures }
  type ProvinceRollup {
    organizationCount: Int, gradeDistribution: [Int], byDistrict: [DistrictRollup], byType: [Int]
    oitItems: Int, surveys: [Int], measuresOverdue: Int, previousYear: Figures
    atRisk(first: Int = 10): [Progress]
  }
  type NationalRollup {
    organizationCount: Int, gradeDistribution: [Int], byType: [Int], previousYear: Figures
    provinces: [ProvinceRollup]
  }
  type Query { provinceRollup: ProvinceRollup, nationalRollup: NationalRollup }
`);

async function requestFor(
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<ReturnType<typeof rollupRequestFrom>> {
  let request: ReturnType<typeof rollupRequestFrom> | undefined;
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    request = rollupRequestFrom(info);
    return null;
  };
  const result = await graphql({
    schema,
    source,
    variableValues,
    rootValue: { provinceRollup: capture, nationalRollup: capture },
  });
  expect(result.errors).toBeUndefined();
  return request!;
}

const NOTHING = {
  byDistrict: false,
  byType: false,
  grades: false,
  nationalByType: false,
  nationalGrades: false,
  overdue: false,
  oit: false,
  surveys: false,
  atRiskDetails: false,
};

describe('rollupRequestFrom', () => {
  it.each<[string, string, Record<string, unknown> | undefined, number]>([
    ['atRisk not asked for: nothing to fetch', '{ provinceRollup { organizationCount } }', undefined, 0],
    ['asked without first: the default, 10', '{ provinceRollup { atRisk { gapToPass } } }', undefined, 10],
    ['a literal', '{ provinceRollup { atRisk(first: 3) { gapToPass } } }', undefined, 3],
    ['a variable', 'query($n: Int) { provinceRollup { atRisk(first: $n) { gapToPass } } }', { n: 7 }, 7],
    [
      'an explicit null: the default',
      'query($n: Int) { provinceRollup { atRisk(first: $n) { gapToPass } } }',
      { n: null },
      10,
    ],
    [
      'aliases: the largest',
      '{ provinceRollup { a: atRisk(first: 2) { gapToPass } b: atRisk(first: 25) { gapToPass } } }',
      undefined,
      25,
    ],
    [
      'in a named fragment',
      '{ provinceRollup { ...F } } fragment F on ProvinceRollup { atRisk(first: 4) { gapToPass } }',
      undefined,
      4,
    ],
    [
      'in an inline fragment',
      '{ provinceRollup { ... on ProvinceRollup { atRisk(first: 6) { gapToPass } } } }',
      undefined,
      6,
    ],
    [
      'under the national roll-up',
      '{ nationalRollup { provinces { atRisk(first: 2) { gapToPass } } } }',
      undefined,
      2,
    ],
  ])('atRiskLimit: %s', async (_name, source, variables, expected) => {
    expect((await requestFor(source, variables)).atRiskLimit).toBe(expected);
  });

  it.each<[string, string, Partial<typeof NOTHING>]>([
    [
      'counts only: no grouping set, no source beyond progress',
      '{ provinceRollup { organizationCount } }',
      {},
    ],
    [
      'districts, even when only asked for their previous year',
      '{ provinceRollup { byDistrict { previousYear { passingCount } } } }',
      { byDistrict: true },
    ],
    [
      "the previous year's grades are the province's grades",
      '{ provinceRollup { previousYear { gradeDistribution } } }',
      { grades: true },
    ],
    [
      'oitItems, surveys and overdue wherever they are asked',
      '{ provinceRollup { byDistrict { previousYear { oitItems surveys measuresOverdue } } } }',
      { byDistrict: true, oit: true, surveys: true, overdue: true },
    ],
    [
      "the at-risk organizations' overdue counts and tool scores",
      '{ provinceRollup { atRisk { measuresOverdue toolScores } } }',
      { overdue: true, atRiskDetails: true },
    ],
    [
      'national: the country by type and grade',
      '{ nationalRollup { byType gradeDistribution } }',
      { nationalByType: true, nationalGrades: true },
    ],
    [
      'national: per-province parts are the provinces\u2019',
      '{ nationalRollup { provinces { byType gradeDistribution } } }',
      { byType: true, grades: true },
    ],
    [
      'through fragments',
      '{ nationalRollup { ...N } } fragment N on NationalRollup { provinces { ... on ProvinceRollup { byDistrict { passingCount } } } }',
      { byDistrict: true },
    ],
  ])('parts: %s', async (_name, source, parts) => {
    expect((await requestFor(source)).parts).toEqual({ ...NOTHING, ...parts });
  });

  describe('one parsed document asked again (as Apollo keeps it)', () => {
    async function twice(source: string, first: Record<string, unknown>, second: Record<string, unknown>) {
      const document = parse(source);
      const seen: ReturnType<typeof rollupRequestFrom>[] = [];
      const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen.push(rollupRequestFrom(info));
        return null;
      };
      for (const variableValues of [first, second]) {
        const result = await execute({
          schema,
          document,
          variableValues,
          rootValue: { provinceRollup: capture },
        });
        expect(result.errors).toBeUndefined();
      }
      return seen;
    }

    it('is walked once: the second request gets the same (frozen) answer', async () => {
      const [a, b] = await twice(
        '{ provinceRollup { byDistrict { passingCount } atRisk(first: 4) { gapToPass } } }',
        {},
        {},
      );
      expect(b).toBe(a);
      expect(a).toEqual({ atRiskLimit: 4, parts: { ...NOTHING, byDistrict: true } });
      expect(Object.isFrozen(a) && Object.isFrozen(a.parts)).toBe(true);
    });

    it('is walked every time when atRisk’s length is a variable', async () => {
      const [a, b] = await twice(
        'query($n: Int) { provinceRollup { atRisk(first: $n) { gapToPass } } }',
        { n: 3 },
        { n: 8 },
      );
      expect([a.atRiskLimit, b.atRiskLimit]).toEqual([3, 8]);
    });
  });
});
