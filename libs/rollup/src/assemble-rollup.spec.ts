import { OrganizationType } from '@prongsai/common';
import { assembleNationalRollup, assembleProvinceRollups } from './assemble-rollup';
import { FigureRow, RollupLevel, RollupQueryResult } from './rollup-query';

const ZERO = {
  district_code: null,
  district_name_th: null,
  org_type: null,
  grade: null,
  organization_count: 0,
  estimated_count: 0,
  passing_count: 0,
  average_score: null,
  measures_total: 0,
  measures_completed: 0,
  measures_overdue: 0,
  oit_published: 0,
  oit_accepted: 0,
  iit_organizations: 0,
  iit_minimum: 0,
  iit_responses: 0,
  iit_meeting: 0,
  eit_organizations: 0,
  eit_minimum: 0,
  eit_responses: 0,
  eit_meeting: 0,
};

const row = (r: Partial<FigureRow> & Pick<FigureRow, 'level' | 'fiscal_year'>): FigureRow => ({
  province_code: null,
  ...ZERO,
  ...r,
});

const FRAMEWORKS = [
  { fiscal_year: 2566, oit_item_count: 43, grades: ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] },
  { fiscal_year: 2565, oit_item_count: 43, grades: ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] },
];

const AT_RISK = {
  organization_id: 'o-1',
  code: '6140104',
  name_th: 'อบต.ท่าหลวง',
  type: 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION',
  district_code: '1401',
  district_name_th: 'พระนครศรีอยุธยา',
  created_at: '2023-01-01T00:00:00+00:00',
  fiscal_year: 2566,
  estimated_score: 70.5,
  pass_threshold: 85,
  gap_to_pass: 14.5,
  passing: false,
  grade: 'C',
  measures_total: 3,
  measures_completed: 1,
  measures_overdue: 2,
  computed_at: '2023-05-01T10:00:00.123456+00:00',
  framework_revision: 1,
  tool_scores: [],
  indicators: [],
};

// prettier-ignore
const RESULT: RollupQueryResult = {
  figures: [
    row({ level: RollupLevel.Province, fiscal_year: 2566, province_code: '14', organization_count: 158, estimated_count: 2, passing_count: 1, average_score: 80.25, oit_published: 43, oit_accepted: 40, iit_organizations: 1, iit_minimum: 40, iit_responses: 45, iit_meeting: 1 }),
    row({ level: RollupLevel.Province, fiscal_year: 2565, province_code: '14', organization_count: 158, passing_count: 3 }),
    row({ level: RollupLevel.District, fiscal_year: 2566, province_code: '14', district_code: '1402', district_name_th: 'ท่าเรือ', organization_count: 58 }),
    row({ level: RollupLevel.District, fiscal_year: 2566, province_code: '14', district_code: '1401', district_name_th: 'พระนครศรีอยุธยา', organization_count: 100, passing_count: 1 }),
    row({ level: RollupLevel.District, fiscal_year: 2565, province_code: '14', district_code: '1401', district_name_th: 'พระนครศรีอยุธยา', organization_count: 100, passing_count: 2 }),
    row({ level: RollupLevel.Type, fiscal_year: 2566, province_code: '14', org_type: 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION', organization_count: 121 }),
    row({ level: RollupLevel.Grade, fiscal_year: 2566, province_code: '14', grade: 'A', organization_count: 1 }),
    row({ level: RollupLevel.Grade, fiscal_year: 2566, province_code: '14', grade: 'C', organization_count: 1 }),
    // Organizations without an estimate group under a null grade: not a grade.
    row({ level: RollupLevel.Grade, fiscal_year: 2566, province_code: '14', grade: null, organization_count: 156 }),
    row({ level: RollupLevel.National, fiscal_year: 2566, organization_count: 158, passing_count: 1 }),
    row({ level: RollupLevel.NationalGrade, fiscal_year: 2566, grade: 'A', organization_count: 1 }),
    row({ level: RollupLevel.NationalType, fiscal_year: 2566, org_type: 'CITY_MUNICIPALITY', organization_count: 1 }),
  ],
  provinces: [{ code: '14', name_th: 'พระนครศรีอยุธยา', at_risk: [AT_RISK] }],
  frameworks: FRAMEWORKS,
};

describe('assembleProvinceRollups', () => {
  const [r] = assembleProvinceRollups(RESULT, 2566);

  it.each<[string, () => unknown, unknown]>([
    ['the province', () => r.province, { code: '14', nameTh: 'พระนครศรีอยุธยา' }],
    [
      'its figures',
      () => [r.organizationCount, r.estimatedCount, r.passingCount, r.averageScore],
      [158, 2, 1, 80.25],
    ],
    ['passing percent of all LAOs, 2 decimals', () => r.passingPercent, 0.63],
    [
      'every grade of the framework, best first, zeros included; no "null grade"',
      () => r.gradeDistribution.map((g) => `${g.grade}:${g.count}`),
      ['AA:0', 'A:1', 'B:0', 'C:1', 'D:0', 'E:0', 'F:0'],
    ],
    [
      'OIT against 43 items × 158 LAOs',
      () => r.oitItems,
      {
        itemsPerOrganization: 43,
        itemsExpected: 6794,
        published: 43,
        accepted: 40,
        publishedPercent: 0.63,
        acceptedPercent: 0.59,
      },
    ],
    [
      'surveys: IIT then EIT',
      () => r.surveys.map((s) => [s.tool, s.minimumResponses, s.responses, s.organizationsMeetingMinimum]),
      [
        ['IIT', 40, 45, 1],
        ['EIT', 0, 0, 0],
      ],
    ],
    [
      'districts by code, each with its previous year (zeros when it had no row)',
      () =>
        r.byDistrict.map((d) => [
          d.district.code,
          d.district.nameTh,
          d.passingCount,
          d.previousYear.passingCount,
        ]),
      [
        ['1401', 'พระนครศรีอยุธยา', 1, 2],
        ['1402', 'ท่าเรือ', 0, 0],
      ],
    ],
    [
      'all five types in enum order, zeros included',
      () => r.byType.map((t) => [t.type, t.organizationCount]),
      [
        ['PROVINCIAL_ADMINISTRATIVE_ORGANIZATION', 0],
        ['CITY_MUNICIPALITY', 0],
        ['TOWN_MUNICIPALITY', 0],
        ['SUBDISTRICT_MUNICIPALITY', 0],
        ['SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION', 121],
      ],
    ],
    [
      'the previous year',
      () => [r.previousYear.fiscalYear, r.previousYear.passingCount, r.previousYear.averageScore],
      [2565, 3, null],
    ],
    [
      'at-risk organizations, with dates parsed',
      () => [
        r.atRisk[0].organization.code,
        r.atRisk[0].organization.provinceCode,
        r.atRisk[0].districtNameTh,
        r.atRisk[0].computedAt.toISOString(),
      ],
      ['6140104', '14', 'พระนครศรีอยุธยา', '2023-05-01T10:00:00.123Z'],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['three districts listed out of order', ['1403', '1401', '1402']],
    ['four districts listed backwards', ['1404', '1403', '1402', '1401']],
    ['already in order', ['1401', '1402', '1403']],
  ])('districts by code: %s', (_name, codes) => {
    const figures = codes.map((code) =>
      row({ level: RollupLevel.District, fiscal_year: 2566, province_code: '14', district_code: code }),
    );
    const [x] = assembleProvinceRollups({ ...RESULT, figures }, 2566);
    expect(x.byDistrict.map((d) => d.district.code)).toEqual([...codes].sort());
  });

  it('a year without a framework: no grades, no expected OIT items, null percentages', () => {
    const [x] = assembleProvinceRollups({ ...RESULT, frameworks: [] }, 2566);
    expect(x.gradeDistribution).toEqual([]);
    expect(x.oitItems).toMatchObject({
      itemsPerOrganization: null,
      itemsExpected: null,
      publishedPercent: null,
    });
  });

  it('a province with no organization (RLS hid them all, or none yet): zeros, not an error', () => {
    const [x] = assembleProvinceRollups({ ...RESULT, figures: [] }, 2566);
    expect([x.organizationCount, x.passingPercent, x.averageScore, x.byDistrict]).toEqual([
      0,
      null,
      null,
      [],
    ]);
  });
});

describe('assembleNationalRollup', () => {
  it('the country, by type and grade, and every province', () => {
    const n = assembleNationalRollup(RESULT, 2566);
    expect([n.organizationCount, n.passingCount]).toEqual([158, 1]);
    expect(n.gradeDistribution.find((g) => g.grade === 'A')).toEqual({ grade: 'A', count: 1 });
    expect(n.byType.find((t) => t.type === OrganizationType.CITY_MUNICIPALITY)?.organizationCount).toBe(1);
    expect(n.provinces.map((p) => p.province.code)).toEqual(['14']);
  });
});

// Two provinces in one statement's result, with figures that differ everywhere: the lookup key must carry
// the province (else every province would show the same figures), and every previousYear must read
// fiscalYear − 1 (not + 1, not the same year).
// prettier-ignore
const TWO_PROVINCES: RollupQueryResult = {
  figures: [
    row({ level: RollupLevel.Province, fiscal_year: 2566, province_code: '14', organization_count: 158, passing_count: 1, average_score: 80.25 }),
    row({ level: RollupLevel.Province, fiscal_year: 2566, province_code: '10', organization_count: 1, passing_count: 1, average_score: 88.98 }),
    row({ level: RollupLevel.Province, fiscal_year: 2565, province_code: '14', organization_count: 158, passing_count: 3 }),
    row({ level: RollupLevel.Province, fiscal_year: 2565, province_code: '10', organization_count: 1, passing_count: 0 }),
    row({ level: RollupLevel.Province, fiscal_year: 2567, province_code: '14', organization_count: 158, passing_count: 99 }),
    row({ level: RollupLevel.District, fiscal_year: 2566, province_code: '14', district_code: '1401', district_name_th: 'พระนครศรีอยุธยา', organization_count: 158, passing_count: 1 }),
    row({ level: RollupLevel.District, fiscal_year: 2566, province_code: '10', district_code: '1001', district_name_th: 'พระนคร', organization_count: 1, passing_count: 1 }),
    row({ level: RollupLevel.District, fiscal_year: 2565, province_code: '10', district_code: '1001', district_name_th: 'พระนคร', organization_count: 1, passing_count: 0 }),
    row({ level: RollupLevel.Type, fiscal_year: 2566, province_code: '14', org_type: 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION', organization_count: 121 }),
    row({ level: RollupLevel.Type, fiscal_year: 2566, province_code: '10', org_type: 'CITY_MUNICIPALITY', organization_count: 1, passing_count: 1 }),
    row({ level: RollupLevel.Type, fiscal_year: 2565, province_code: '10', org_type: 'CITY_MUNICIPALITY', organization_count: 1, passing_count: 0 }),
    row({ level: RollupLevel.Type, fiscal_year: 2567, province_code: '10', org_type: 'CITY_MUNICIPALITY', organization_count: 1, passing_count: 7 }),
    row({ level: RollupLevel.Grade, fiscal_year: 2566, province_code: '14', grade: 'C', organization_count: 1 }),
    row({ level: RollupLevel.Grade, fiscal_year: 2566, province_code: '10', grade: 'A', organization_count: 1 }),
    row({ level: RollupLevel.Grade, fiscal_year: 2565, province_code: '10', grade: 'B', organization_count: 1 }),
    row({ level: RollupLevel.National, fiscal_year: 2566, organization_count: 159, passing_count: 2 }),
    row({ level: RollupLevel.National, fiscal_year: 2565, organization_count: 159, passing_count: 3 }),
    row({ level: RollupLevel.National, fiscal_year: 2567, organization_count: 159, passing_count: 150 }),
    row({ level: RollupLevel.NationalGrade, fiscal_year: 2565, grade: 'B', organization_count: 4 }),
    row({ level: RollupLevel.NationalType, fiscal_year: 2566, org_type: 'CITY_MUNICIPALITY', organization_count: 1, passing_count: 1 }),
    row({ level: RollupLevel.NationalType, fiscal_year: 2565, org_type: 'CITY_MUNICIPALITY', organization_count: 1, passing_count: 5 }),
    row({ level: RollupLevel.NationalType, fiscal_year: 2567, org_type: 'CITY_MUNICIPALITY', organization_count: 1, passing_count: 9 }),
  ],
  provinces: [
    { code: '14', name_th: 'พระนครศรีอยุธยา', at_risk: [AT_RISK] },
    { code: '10', name_th: 'กรุงเทพมหานคร', at_risk: [] },
  ],
  frameworks: [...FRAMEWORKS, { fiscal_year: 2567, oit_item_count: 43, grades: ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] }],
};

describe('two provinces in one result', () => {
  const [ayutthaya, bangkok] = assembleProvinceRollups(TWO_PROVINCES, 2566);
  const national = assembleNationalRollup(TWO_PROVINCES, 2566);
  const city = (
    types: readonly {
      type: OrganizationType;
      passingCount: number;
      previousYear: { passingCount: number };
    }[],
  ) => types.find((t) => t.type === OrganizationType.CITY_MUNICIPALITY);

  it.each<[string, () => unknown, unknown]>([
    [
      'each province its own figures',
      () => [ayutthaya.passingCount, bangkok.passingCount, bangkok.averageScore],
      [1, 1, 88.98],
    ],
    [
      'each province its own LAO count',
      () => [ayutthaya.organizationCount, bangkok.organizationCount],
      [158, 1],
    ],
    [
      'each province its own previous year (2565, not 2567)',
      () => [ayutthaya.previousYear.passingCount, bangkok.previousYear.passingCount],
      [3, 0],
    ],
    ['the previous year is labelled 2565', () => bangkok.previousYear.fiscalYear, 2565],
    [
      'each province only its own districts',
      () => [
        ayutthaya.byDistrict.map((d) => d.district.code),
        bangkok.byDistrict.map((d) => d.district.code),
      ],
      [['1401'], ['1001']],
    ],
    ['a district’s previous year is its own', () => bangkok.byDistrict[0].previousYear.organizationCount, 1],
    [
      'each province only its own types',
      () => [city(ayutthaya.byType)?.passingCount, city(bangkok.byType)?.passingCount],
      [0, 1],
    ],
    ['byType[].previousYear reads 2565', () => city(bangkok.byType)?.previousYear.passingCount, 0],
    [
      'each province its own grades',
      () => [
        ayutthaya.gradeDistribution.find((g) => g.grade === 'A')?.count,
        bangkok.gradeDistribution.find((g) => g.grade === 'A')?.count,
      ],
      [0, 1],
    ],
    [
      'the previous year’s grades are 2565’s',
      () => bangkok.previousYear.gradeDistribution.find((g) => g.grade === 'B')?.count,
      1,
    ],
    [
      'at-risk lists stay with their province',
      () => [ayutthaya.atRisk.length, bangkok.atRisk.length],
      [1, 0],
    ],
    ['national: its own figures', () => [national.organizationCount, national.passingCount], [159, 2]],
    [
      'national previousYear reads 2565',
      () => [national.previousYear.fiscalYear, national.previousYear.passingCount],
      [2565, 3],
    ],
    [
      'national previous year’s grades are 2565’s',
      () => national.previousYear.gradeDistribution.find((g) => g.grade === 'B')?.count,
      4,
    ],
    [
      'national byType and its previousYear (2565)',
      () => [city(national.byType)?.passingCount, city(national.byType)?.previousYear.passingCount],
      [1, 5],
    ],
    [
      'national provinces in the statement’s order',
      () => national.provinces.map((p) => p.province.code),
      ['14', '10'],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});
