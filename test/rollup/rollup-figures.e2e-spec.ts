import { TestApp } from '../setup/test-app';
import {
  AT_RISK_FIELDS,
  FY,
  GRADES,
  MeasureFixture,
  OIT_ITEMS_PER_ORGANIZATION,
  OitFixture,
  PREVIOUS,
  PROVINCE_ROLLUP,
  ProgressFixture,
  ROLLUP_FIELDS,
  SurveyFixture,
  firstError,
  insertMeasures,
  insertOitItems,
  insertProgress,
  insertSurveys,
  ok,
  tokenOf,
} from './rollup-fixtures';

/**
 * A small arranged province: stored progress rows for eight of the 158 LAOs of province 14 in two years,
 * measures around today, OIT items and survey targets. Every expectation is computed here from the
 * fixtures with plain array code, independently of the SQL under test.
 */

// prettier-ignore
const PROGRESS: ProgressFixture[] = [
  { code: '2140101', fiscalYear: FY, estimatedScore: 92.5, grade: 'A', passing: true, gapToPass: 0, measuresTotal: 1, measuresCompleted: 0 },
  { code: '3140102', fiscalYear: FY, estimatedScore: 80, grade: 'B', passing: false, gapToPass: 5, measuresTotal: 1, measuresCompleted: 0 },
  { code: '4140103', fiscalYear: FY, estimatedScore: 60.25, grade: 'D', passing: false, gapToPass: 24.75, measuresTotal: 4, measuresCompleted: 1, measuresOverdue: 0 },
  { code: '6140104', fiscalYear: FY, estimatedScore: 84.99, grade: 'B', passing: false, gapToPass: 0.01 },
  { code: '5140201', fiscalYear: FY, estimatedScore: 97, grade: 'AA', passing: true, gapToPass: 0 },
  { code: '6140203', fiscalYear: FY, estimatedScore: 70, grade: 'C', passing: false, gapToPass: 15 },
  { code: '6140204', fiscalYear: FY, estimatedScore: null, grade: null, passing: null, gapToPass: null },
  { code: '5140202', fiscalYear: FY, estimatedScore: 80, grade: 'B', passing: false, gapToPass: 5 },
  { code: '2140101', fiscalYear: PREVIOUS, estimatedScore: 88, grade: 'A', passing: true, gapToPass: 0, measuresTotal: 2, measuresCompleted: 1 },
  { code: '3140102', fiscalYear: PREVIOUS, estimatedScore: 86, grade: 'A', passing: true, gapToPass: 0 },
  { code: '4140103', fiscalYear: PREVIOUS, estimatedScore: 70, grade: 'C', passing: false, gapToPass: 15 },
  { code: '5140201', fiscalYear: PREVIOUS, estimatedScore: 90, grade: 'A', passing: true, gapToPass: 0 },
];

// prettier-ignore
const MEASURES: MeasureFixture[] = [
  { code: '4140103', fiscalYear: FY, status: 'PLANNED', dueInDays: -1 },       // overdue since today
  { code: '4140103', fiscalYear: FY, status: 'IN_PROGRESS', dueInDays: 0 },    // due today: not overdue yet
  { code: '4140103', fiscalYear: FY, status: 'COMPLETED', dueInDays: -30 },
  { code: '4140103', fiscalYear: FY, status: 'CANCELLED', dueInDays: -30 },
  { code: '4140103', fiscalYear: FY, status: 'PLANNED', dueInDays: -10 },      // overdue
  { code: '3140102', fiscalYear: FY, status: 'IN_PROGRESS', dueInDays: -2 },   // overdue
  { code: '2140101', fiscalYear: FY, status: 'PLANNED', dueInDays: 20 },
  { code: '2140101', fiscalYear: PREVIOUS, status: 'PLANNED', dueInDays: -400 }, // overdue, previous year
  { code: '2140101', fiscalYear: PREVIOUS, status: 'COMPLETED', dueInDays: -420 },
];

// prettier-ignore
const OIT: OitFixture[] = [
  { code: '2140101', fiscalYear: FY, item: 'O1', status: 'PUBLISHED', review: 'ACCEPTED' },
  { code: '2140101', fiscalYear: FY, item: 'O2', status: 'PUBLISHED', review: 'RETURNED' },
  { code: '2140101', fiscalYear: FY, item: 'O3', status: 'DRAFT', review: null },
  { code: '5140201', fiscalYear: FY, item: 'O1', status: 'PUBLISHED', review: 'ACCEPTED' },
  { code: '5140201', fiscalYear: FY, item: 'O2', status: 'PUBLISHED', review: null },
  { code: '5140201', fiscalYear: PREVIOUS, item: 'O1', status: 'PUBLISHED', review: 'ACCEPTED' },
];

// prettier-ignore
const SURVEYS: SurveyFixture[] = [
  { code: '2140101', fiscalYear: FY, tool: 'IIT', minimum: 40, responses: 45 },
  { code: '2140101', fiscalYear: FY, tool: 'EIT', minimum: 50, responses: 20 },
  { code: '3140102', fiscalYear: FY, tool: 'IIT', minimum: 30, responses: 10 },
  { code: '3140102', fiscalYear: FY, tool: 'EIT', minimum: null, responses: 99 }, // no minimum: not compared
  { code: '3140102', fiscalYear: PREVIOUS, tool: 'IIT', minimum: 30, responses: 31 },
];

interface Org {
  code: string;
  district_code: string;
  district_name: string;
  type: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const percent = (part: number, whole: number) => (whole ? round2((part * 100) / whole) : null);
const isOpen = (m: MeasureFixture) => m.status === 'PLANNED' || m.status === 'IN_PROGRESS';

/** The figures of a group of organizations in one year, computed from the fixtures. */
function expected(orgs: Org[], year: number) {
  const codes = new Set(orgs.map((o) => o.code));
  const progress = PROGRESS.filter((p) => p.fiscalYear === year && codes.has(p.code));
  const scores = progress.flatMap((p) => (p.estimatedScore === null ? [] : [p.estimatedScore]));
  const passing = progress.filter((p) => p.passing === true).length;
  const oit = OIT.filter((i) => i.fiscalYear === year && codes.has(i.code));
  const published = oit.filter((i) => i.status === 'PUBLISHED').length;
  const accepted = oit.filter((i) => i.status === 'PUBLISHED' && i.review === 'ACCEPTED').length;
  const survey = (tool: 'IIT' | 'EIT') => {
    const targets = SURVEYS.filter(
      (s) => s.fiscalYear === year && s.tool === tool && codes.has(s.code) && s.minimum !== null,
    );
    return {
      tool,
      organizationsWithMinimum: targets.length,
      minimumResponses: targets.reduce((a, s) => a + s.minimum!, 0),
      responses: targets.reduce((a, s) => a + s.responses, 0),
      organizationsMeetingMinimum: targets.filter((s) => s.responses >= s.minimum!).length,
    };
  };
  return {
    fiscalYear: year,
    organizationCount: orgs.length,
    estimatedCount: scores.length,
    passingCount: passing,
    passingPercent: percent(passing, orgs.length),
    averageScore: scores.length ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    measuresTotal: progress.reduce((a, p) => a + (p.measuresTotal ?? 0), 0),
    measuresCompleted: progress.reduce((a, p) => a + (p.measuresCompleted ?? 0), 0),
    measuresOverdue: MEASURES.filter(
      (m) => m.fiscalYear === year && codes.has(m.code) && isOpen(m) && m.dueInDays < 0,
    ).length,
    oitItems: {
      itemsPerOrganization: OIT_ITEMS_PER_ORGANIZATION,
      itemsExpected: OIT_ITEMS_PER_ORGANIZATION * orgs.length,
      published,
      accepted,
      publishedPercent: percent(published, OIT_ITEMS_PER_ORGANIZATION * orgs.length),
      acceptedPercent: percent(accepted, OIT_ITEMS_PER_ORGANIZATION * orgs.length),
    },
    surveys: [survey('IIT'), survey('EIT')],
    gradeDistribution: GRADES.map((grade) => ({
      grade,
      count: progress.filter((p) => p.grade === grade).length,
    })),
  };
}

const pick = <T extends object>(o: T, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));

describe('provinceRollup: figures (e2e)', () => {
  let t: TestApp;
  let supervisor: string;
  let orgs: Org[];

  beforeAll(async () => {
    // One test below asks for every field of every province with 50 at-risk rows each (cost ~158,000, above
    // ADMIN's default limit of 50,000: apps/api/src/graphql/field-costs.ts).
    t = await TestApp.create({ GRAPHQL_ADMIN_MAX_COMPLEXITY: '200000' });
    supervisor = await tokenOf(t, 'supervisor.14@prongsai.example');
    orgs = await t.db.ownerQuery<Org>(
      `SELECT o.code, o.district_code, d.name_th AS district_name, o.type::text AS type
       FROM organizations o JOIN districts d ON d.code = o.district_code WHERE o.province_code = '14'`,
    );
    await insertProgress(t, PROGRESS);
    await insertMeasures(t, MEASURES);
    await insertOitItems(t, OIT);
    await insertSurveys(t, SURVEYS);
  });
  afterAll(() => t.close());

  const rollup = async (first?: number, fiscalYear = FY) =>
    ok(await t.gql(PROVINCE_ROLLUP, { p: '14', fy: fiscalYear, first }, supervisor)).provinceRollup;

  it('province figures for the year and the previous year match the fixtures', async () => {
    const r = await rollup();
    const { gradeDistribution, ...current } = expected(orgs, FY);
    expect(orgs).toHaveLength(158);
    expect(r.province).toEqual({ code: '14', nameTh: 'พระนครศรีอยุธยา' });
    expect(r).toMatchObject({ ...current, gradeDistribution });
    // Spelled out once, so a wrong helper above cannot hide a wrong figure.
    expect(r).toMatchObject({
      organizationCount: 158,
      estimatedCount: 7,
      passingCount: 2,
      averageScore: 80.68,
      measuresOverdue: 3,
      gradeDistribution: [
        { grade: 'AA', count: 1 },
        { grade: 'A', count: 1 },
        { grade: 'B', count: 3 },
        { grade: 'C', count: 1 },
        { grade: 'D', count: 1 },
        { grade: 'E', count: 0 },
        { grade: 'F', count: 0 },
      ],
    });
    expect(r.previousYear).toMatchObject(
      pick(expected(orgs, PREVIOUS), [
        'fiscalYear',
        'organizationCount',
        'estimatedCount',
        'passingCount',
        'passingPercent',
        'averageScore',
        'gradeDistribution',
        'measuresTotal',
        'measuresCompleted',
        'measuresOverdue',
      ]),
    );
    expect(r.previousYear).toMatchObject({ passingCount: 3, averageScore: 83.5, measuresOverdue: 1 });
    expect(r.previousYear.oitItems).toEqual({ published: 1, accepted: 1 });
  });

  it('overdue measures are counted for today (Asia/Bangkok), not taken from the stored progress', async () => {
    // 4140103 stores measuresOverdue 0; two of its open measures are due before today, one is due today.
    const r = await rollup();
    const district = r.byDistrict.find((d: { district: { code: string } }) => d.district.code === '1401');
    expect(district.measuresOverdue).toBe(3);
  });

  it('by district and by type: every group matches, with the previous year beside it', async () => {
    const r = await rollup();
    const districts = [...new Set(orgs.map((o) => o.district_code))].sort();
    expect(r.byDistrict.map((d: { district: { code: string } }) => d.district.code)).toEqual(districts);
    expect(r.byDistrict).toHaveLength(16);
    for (const d of r.byDistrict) {
      const group = orgs.filter((o) => o.district_code === d.district.code);
      expect(d.district.nameTh).toBe(group[0].district_name);
      expect(d).toMatchObject(
        pick(expected(group, FY), [
          'fiscalYear',
          'organizationCount',
          'estimatedCount',
          'passingCount',
          'averageScore',
          'measuresTotal',
          'measuresCompleted',
          'measuresOverdue',
        ]),
      );
      expect(d.previousYear).toEqual(
        pick(expected(group, PREVIOUS), [
          'fiscalYear',
          'organizationCount',
          'estimatedCount',
          'passingCount',
          'averageScore',
          'measuresOverdue',
        ]),
      );
    }
    expect(r.byType.map((x: { type: string }) => x.type)).toEqual([
      'PROVINCIAL_ADMINISTRATIVE_ORGANIZATION',
      'CITY_MUNICIPALITY',
      'TOWN_MUNICIPALITY',
      'SUBDISTRICT_MUNICIPALITY',
      'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION',
    ]);
    for (const x of r.byType) {
      const group = orgs.filter((o) => o.type === x.type);
      expect(x).toMatchObject(
        pick(expected(group, FY), [
          'organizationCount',
          'estimatedCount',
          'passingCount',
          'averageScore',
          'measuresOverdue',
        ]),
      );
      expect(x.previousYear).toEqual(
        pick(expected(group, PREVIOUS), ['fiscalYear', 'organizationCount', 'passingCount', 'averageScore']),
      );
    }
    // The registry: 1 อบจ., 1 เทศบาลนคร, 5 เทศบาลเมือง, 30 เทศบาลตำบล, 121 อบต.
    expect(r.byType.map((x: { organizationCount: number }) => x.organizationCount)).toEqual([
      1, 1, 5, 30, 121,
    ]);
  });

  it('OIT items against 43 per LAO, and survey responses against the minimum', async () => {
    const r = await rollup();
    expect(r.oitItems).toEqual({
      itemsPerOrganization: 43,
      itemsExpected: 6794,
      published: 4,
      accepted: 2,
      publishedPercent: 0.06,
      acceptedPercent: 0.03,
    });
    expect(r.surveys).toEqual([
      {
        tool: 'IIT',
        organizationsWithMinimum: 2,
        minimumResponses: 70,
        responses: 55,
        organizationsMeetingMinimum: 1,
      },
      {
        tool: 'EIT',
        organizationsWithMinimum: 1,
        minimumResponses: 50,
        responses: 20,
        organizationsMeetingMinimum: 0,
      },
    ]);
  });

  it('OIT counts follow every later change of the items (insert, update, delete)', async () => {
    const expectCounts = async (published: number, accepted: number) =>
      expect((await rollup()).oitItems).toMatchObject({ published, accepted });
    const item = (code: string, itemCode: string) =>
      `organization_id = (SELECT id FROM organizations WHERE code = '${code}') AND fiscal_year = ${FY} AND item_code = '${itemCode}'`;
    await expectCounts(4, 2);
    await t.db.ownerQuery(`UPDATE oit_item_statuses SET review = 'ACCEPTED' WHERE ${item('5140201', 'O2')}`);
    await expectCounts(4, 3);
    await t.db.ownerQuery(`UPDATE oit_item_statuses SET status = 'PUBLISHED' WHERE ${item('2140101', 'O3')}`);
    await expectCounts(5, 3);
    // Several rows and organizations in one statement.
    await t.db.ownerQuery(
      `UPDATE oit_item_statuses SET status = 'DRAFT', review = NULL
       WHERE fiscal_year = ${FY} AND item_code = 'O1' AND organization_id IN
         (SELECT id FROM organizations WHERE code IN ('2140101', '5140201'))`,
    );
    await expectCounts(3, 1);
    await t.db.ownerQuery(`DELETE FROM oit_item_statuses WHERE ${item('5140201', 'O2')}`);
    await expectCounts(2, 0);
    // A change that moves no count (a note) leaves the counter alone.
    await t.db.ownerQuery(`UPDATE oit_item_statuses SET note = 'ดูอีกครั้ง' WHERE fiscal_year = ${FY}`);
    await expectCounts(2, 0);
    const [{ stored }] = await t.db.ownerQuery<{ stored: string }>(
      `SELECT json_agg(json_build_object('p', c.published, 'a', c.accepted) ORDER BY o.code)::text AS stored
       FROM oit_item_counts c JOIN organizations o ON o.id = c.organization_id WHERE c.fiscal_year = ${FY}`,
    );
    const [{ counted }] = await t.db.ownerQuery<{ counted: string }>(
      `SELECT json_agg(json_build_object('p', p, 'a', a) ORDER BY code)::text AS counted FROM (
         SELECT o.code, count(*) FILTER (WHERE s.status = 'PUBLISHED') AS p,
                count(*) FILTER (WHERE s.status = 'PUBLISHED' AND s.review = 'ACCEPTED') AS a
         FROM oit_item_statuses s JOIN organizations o ON o.id = s.organization_id
         WHERE s.fiscal_year = ${FY} GROUP BY o.code) x`,
    );
    expect(JSON.parse(stored)).toEqual(JSON.parse(counted));
  });

  it('atRisk: not passing, largest gap first (ties: lower score, then DLA code); first limits', async () => {
    const notPassing = PROGRESS.filter((p) => p.fiscalYear === FY && p.passing === false)
      .sort(
        (a, b) =>
          b.gapToPass! - a.gapToPass! ||
          a.estimatedScore! - b.estimatedScore! ||
          a.code.localeCompare(b.code),
      )
      .map((p) => p.code);
    expect(notPassing).toEqual(['4140103', '6140203', '3140102', '5140202', '6140104']);

    const all = (await rollup(50)).atRisk;
    expect(all.map((a: { organization: { code: string } }) => a.organization.code)).toEqual(notPassing);
    expect(
      (await rollup(3)).atRisk.map((a: { organization: { code: string } }) => a.organization.code),
    ).toEqual(notPassing.slice(0, 3));
    expect((await rollup(0)).atRisk).toEqual([]);
    // The default is 10.
    const byDefault = ok(
      await t.gql(
        `{ provinceRollup(provinceCode: "14", fiscalYear: ${FY}) { atRisk { gapToPass } } }`,
        {},
        supervisor,
      ),
    );
    expect(byDefault.provinceRollup.atRisk).toHaveLength(5);

    const c = all[0];
    expect(c).toMatchObject({
      organization: {
        code: '4140103',
        type: 'TOWN_MUNICIPALITY',
        province: { code: '14', nameTh: 'พระนครศรีอยุธยา' },
        district: { code: '1401', nameTh: orgs.find((o) => o.code === '4140103')!.district_name },
      },
      fiscalYear: FY,
      estimatedScore: 60.25,
      passThreshold: 85,
      gapToPass: 24.75,
      passing: false,
      grade: 'D',
      measuresTotal: 4,
      measuresCompleted: 1,
      measuresOverdue: 2,
      toolScores: [{ tool: 'IIT', score: 80.12 }],
    });
    expect(new Date(c.computedAt).getTime()).toBeGreaterThan(Date.now() - 3_600_000);
  });

  it('two atRisk selections with different first (aliases) each get their own length', async () => {
    const r = ok(
      await t.gql(
        `{ provinceRollup(provinceCode: "14", fiscalYear: ${FY}) {
             top: atRisk(first: 1) { organization { code } }
             ...More
           } }
         fragment More on ProvinceRollup { more: atRisk(first: 4) { organization { code } } }`,
        {},
        supervisor,
      ),
    ).provinceRollup;
    expect(r.top).toHaveLength(1);
    expect(r.more).toHaveLength(4);
  });

  it('asking for one part alone gives the same figures as asking for everything', async () => {
    const full = await rollup();
    const narrow = async (fields: string) =>
      ok(
        await t.gql(
          `{ provinceRollup(provinceCode: "14", fiscalYear: ${FY}) { ${fields} } }`,
          {},
          supervisor,
        ),
      ).provinceRollup;
    expect(await narrow('measuresOverdue')).toEqual({ measuresOverdue: full.measuresOverdue });
    expect(await narrow('oitItems { published accepted }')).toEqual({
      oitItems: { published: full.oitItems.published, accepted: full.oitItems.accepted },
    });
    expect(await narrow('surveys { tool responses }')).toEqual({
      surveys: full.surveys.map((x: { tool: string; responses: number }) => ({
        tool: x.tool,
        responses: x.responses,
      })),
    });
    expect(await narrow('byDistrict { district { code } passingCount }')).toEqual({
      byDistrict: full.byDistrict.map((d: { district: { code: string }; passingCount: number }) => ({
        district: { code: d.district.code },
        passingCount: d.passingCount,
      })),
    });
    // The at-risk organizations' districts do not depend on byDistrict being asked for.
    expect(await narrow('atRisk(first: 1) { organization { district { code nameTh } } }')).toEqual({
      atRisk: [{ organization: { district: full.atRisk[0].organization.district } }],
    });
    expect(await narrow('previousYear { gradeDistribution { grade count } }')).toEqual({
      previousYear: { gradeDistribution: full.previousYear.gradeDistribution },
    });
  });

  it('the national statement (hash joins) and the province one (index lookups) agree on province 14', async () => {
    const admin = await tokenOf(t, 'admin@prongsai.example');
    const national = ok(
      await t.gql(
        `query($fy: Int!) { nationalRollup(fiscalYear: $fy) { provinces { ${ROLLUP_FIELDS} atRisk(first: 50) { ${AT_RISK_FIELDS} } } } }`,
        { fy: FY },
        admin,
      ),
    ).nationalRollup.provinces.find((p: { province: { code: string } }) => p.province.code === '14');
    const province = ok(await t.gql(PROVINCE_ROLLUP, { p: '14', fy: FY, first: 50 }, admin)).provinceRollup;
    expect(national).toEqual(province);
  });

  it('a year with no data counts every LAO and nothing else', async () => {
    const r = await rollup(10, 2567);
    expect(r).toMatchObject({
      fiscalYear: 2567,
      organizationCount: 158,
      estimatedCount: 0,
      passingCount: 0,
      averageScore: null,
      measuresOverdue: 0,
      atRisk: [],
    });
    expect(r.previousYear).toMatchObject({ fiscalYear: FY, passingCount: 2, averageScore: 80.68 });
  });

  it('refuses a year without a framework and an out-of-range first (BAD_USER_INPUT, naming the field)', async () => {
    expect(firstError(await t.gql(PROVINCE_ROLLUP, { p: '14', fy: 2400 }, supervisor))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'fiscalYear',
    });
    expect(firstError(await t.gql(PROVINCE_ROLLUP, { p: '14', fy: FY, first: -1 }, supervisor))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    // As ADMIN: for a supervisor, 501 rows of every field are priced above its limit (QUERY_TOO_COMPLEX) first.
    const admin = await tokenOf(t, 'admin@prongsai.example');
    expect(firstError(await t.gql(PROVINCE_ROLLUP, { p: '14', fy: FY, first: 501 }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
