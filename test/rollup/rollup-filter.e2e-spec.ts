import { TestApp } from '../setup/test-app';
import {
  FY,
  PREVIOUS,
  ProgressFixture,
  firstError,
  insertMeasures,
  insertProgress,
  ok,
  tokenOf,
} from './rollup-fixtures';

/**
 * provinceRollup's filters (the province dashboard's district and type filters): a filtered roll-up is the
 * whole roll-up of fewer LAOs, so its figures equal the unfiltered group row, and every part (grades, groups,
 * at-risk list) holds only the chosen LAOs.
 */

// prettier-ignore
const PROGRESS: ProgressFixture[] = [
  { code: '2140101', fiscalYear: FY, estimatedScore: 92.5, grade: 'A', passing: true, gapToPass: 0 },
  { code: '3140102', fiscalYear: FY, estimatedScore: 80, grade: 'B', passing: false, gapToPass: 5 },
  { code: '4140103', fiscalYear: FY, estimatedScore: 60.25, grade: 'D', passing: false, gapToPass: 24.75 },
  { code: '5140201', fiscalYear: FY, estimatedScore: 97, grade: 'AA', passing: true, gapToPass: 0 },
  { code: '6140203', fiscalYear: FY, estimatedScore: 70, grade: 'C', passing: false, gapToPass: 15 },
  { code: '3140102', fiscalYear: PREVIOUS, estimatedScore: 86, grade: 'A', passing: true, gapToPass: 0 },
];

const QUERY = `query($p: String!, $fy: Int!, $d: String, $t: OrganizationType) {
  provinceRollup(provinceCode: $p, fiscalYear: $fy, districtCode: $d, organizationType: $t) {
    organizationCount estimatedCount passingCount averageScore measuresOverdue
    gradeDistribution { grade count }
    previousYear { organizationCount passingCount averageScore }
    byDistrict { district { code } organizationCount passingCount averageScore measuresOverdue
                 previousYear { organizationCount passingCount averageScore } }
    byType { type organizationCount passingCount averageScore }
    atRisk(first: 500) { organization { code type district { code } } gapToPass }
  }
}`;

describe('provinceRollup: district and type filters (e2e)', () => {
  let t: TestApp;
  let supervisor: string;
  beforeAll(async () => {
    t = await TestApp.create();
    supervisor = await tokenOf(t, 'supervisor.14@prongsai.example');
    await insertProgress(t, PROGRESS);
    await insertMeasures(t, [
      { code: '4140103', fiscalYear: FY, status: 'PLANNED', dueInDays: -3 },
      { code: '5140201', fiscalYear: FY, status: 'PLANNED', dueInDays: -3 },
    ]);
  });
  afterAll(() => t.close());

  const rollup = async (d?: string, type?: string) =>
    ok(await t.gql(QUERY, { p: '14', fy: FY, d, t: type }, supervisor)).provinceRollup;

  it('a district: the figures of that district row, every part narrowed to it', async () => {
    const all = await rollup();
    const row = all.byDistrict.find((x: { district: { code: string } }) => x.district.code === '1401');
    const only = await rollup('1401');
    expect(only).toMatchObject({
      organizationCount: row.organizationCount,
      passingCount: row.passingCount,
      averageScore: row.averageScore,
      measuresOverdue: row.measuresOverdue,
      previousYear: row.previousYear,
    });
    // Spelled out: 2140101 (A, passing), 3140102 (B), 4140103 (D, one overdue) are of district 1401.
    expect(only).toMatchObject({ passingCount: 1, averageScore: 77.58, measuresOverdue: 1 });
    expect(only.byDistrict.map((x: { district: { code: string } }) => x.district.code)).toEqual(['1401']);
    expect(only.atRisk.map((a: { organization: { code: string } }) => a.organization.code)).toEqual([
      '4140103',
      '3140102',
    ]);
    const grades = Object.fromEntries(
      only.gradeDistribution.map((g: { grade: string; count: number }) => [g.grade, g.count]),
    );
    expect(grades).toMatchObject({ AA: 0, A: 1, B: 1, C: 0, D: 1 });
    expect(
      only.byType.reduce((n: number, x: { organizationCount: number }) => n + x.organizationCount, 0),
    ).toBe(row.organizationCount);
  });

  it('a type, and a type within a district', async () => {
    const all = await rollup();
    const row = all.byType.find((x: { type: string }) => x.type === 'TOWN_MUNICIPALITY');
    const towns = await rollup(undefined, 'TOWN_MUNICIPALITY');
    expect(towns).toMatchObject({
      organizationCount: row.organizationCount,
      passingCount: row.passingCount,
      averageScore: row.averageScore,
    });
    expect(towns.organizationCount).toBe(5);
    for (const a of towns.atRisk) expect(a.organization.type).toBe('TOWN_MUNICIPALITY');
    const both = await rollup('1401', 'TOWN_MUNICIPALITY');
    expect(both.atRisk.map((a: { organization: { code: string } }) => a.organization.code)).toEqual([
      '4140103',
    ]);
    expect(both.byDistrict).toHaveLength(1);
    expect(both.byType.filter((x: { organizationCount: number }) => x.organizationCount > 0)).toHaveLength(1);
  });

  it('a district of another province, or not a type: BAD_USER_INPUT, no data', async () => {
    const res = await t.gql(QUERY, { p: '14', fy: FY, d: '1001' }, supervisor);
    expect(res.data ?? null).toBeNull();
    expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'districtCode' });
    expect(res.errors?.[0].extensions?.reason).toBe('DISTRICT_OUTSIDE_PROVINCE');
    const bad = await t.gql(QUERY, { p: '14', fy: FY, t: 'VILLAGE' }, supervisor);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
