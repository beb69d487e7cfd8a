import { ALL_PARTS, rollupParams, rollupSql } from '@prongsai/rollup';
import { TestApp } from '../setup/test-app';
import {
  FY,
  NATIONAL_ROLLUP,
  PREVIOUS,
  PROVINCE_ROLLUP,
  addSmallProvince,
  firstError,
  insertProgress,
  ok,
  tokenOf,
} from './rollup-fixtures';

const LEAD_CODE = '2140101';

describe('provinceRollup / nationalRollup: who may read them (e2e)', () => {
  let t: TestApp;
  const tokens: Record<'supervisor14' | 'supervisor15' | 'lead' | 'admin', string> = {} as never;

  beforeAll(async () => {
    t = await TestApp.create();
    tokens.supervisor15 = await addSmallProvince(t, 10);
    tokens.supervisor14 = await tokenOf(t, 'supervisor.14@prongsai.example');
    tokens.lead = await tokenOf(t, `lead.${LEAD_CODE}@prongsai.example`);
    tokens.admin = await tokenOf(t, 'admin@prongsai.example');
    await insertProgress(t, [
      { code: '2140101', fiscalYear: FY, estimatedScore: 90, grade: 'A', passing: true, gapToPass: 0 },
      { code: '3140102', fiscalYear: FY, estimatedScore: 70, grade: 'C', passing: false, gapToPass: 15 },
      { code: '2140101', fiscalYear: PREVIOUS, estimatedScore: 80, grade: 'B', passing: false, gapToPass: 5 },
    ]);
  });
  afterAll(() => t.close());

  const province = (p: string, token?: string) => t.gql(PROVINCE_ROLLUP, { p, fy: FY }, token);

  it('the supervisor of the province reads it', async () => {
    const r = ok(await province('14', tokens.supervisor14)).provinceRollup;
    expect(r).toMatchObject({ organizationCount: 158, passingCount: 1, averageScore: 80 });
  });

  it('ADMIN reads any province', async () => {
    expect(ok(await province('14', tokens.admin)).provinceRollup.organizationCount).toBe(158);
    expect(ok(await province('15', tokens.admin)).provinceRollup.organizationCount).toBe(10);
  });

  it.each([
    ['an organization role (ORG_LEAD of an LAO of the province)', 'lead', '14'],
    ['the supervisor of another province', 'supervisor15', '14'],
    ['a supervisor, for a province it does not supervise', 'supervisor14', '15'],
  ] as const)('%s: FORBIDDEN, no data', async (_who, actor, p) => {
    const res = await province(p, tokens[actor]);
    expect(firstError(res)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(res.data).toBeNull();
  });

  it('no token: UNAUTHENTICATED; a malformed province code: BAD_USER_INPUT; an unknown one (ADMIN): NOT_FOUND', async () => {
    expect(firstError(await province('14'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(firstError(await province('1x', tokens.admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'provinceCode',
    });
    expect(firstError(await province('99', tokens.admin))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('nationalRollup: ADMIN only — every province, and the country', async () => {
    const n = ok(await t.gql(NATIONAL_ROLLUP, { fy: FY }, tokens.admin)).nationalRollup;
    expect(n.provinces.map((p: { province: { code: string } }) => p.province.code)).toEqual(['14', '15']);
    expect(n.provinces.map((p: { organizationCount: number }) => p.organizationCount)).toEqual([158, 10]);
    // Province 15: codes 6150001..6150010, every third failing (80.5) — 3, 6, 9.
    expect(n.provinces[1]).toMatchObject({ passingCount: 7, averageScore: 87.15 });
    expect(n.provinces[1].atRisk).toEqual([
      { organization: { code: '6150003' }, gapToPass: 4.5 },
      { organization: { code: '6150006' }, gapToPass: 4.5 },
    ]);
    expect(n).toMatchObject({
      fiscalYear: FY,
      organizationCount: 168,
      estimatedCount: 12,
      passingCount: 8,
      averageScore: round2((90 + 70 + 7 * 90 + 3 * 80.5) / 12),
      previousYear: { fiscalYear: PREVIOUS, organizationCount: 168, passingCount: 7 },
      oitItems: { itemsExpected: 168 * 43 },
    });
    expect(n.byType.map((x: { organizationCount: number }) => x.organizationCount)).toEqual([
      1, 1, 5, 30, 131,
    ]);
    for (const actor of ['supervisor14', 'supervisor15', 'lead'] as const) {
      expect(firstError(await t.gql(NATIONAL_ROLLUP, { fy: FY }, tokens[actor]))).toEqual({
        code: 'FORBIDDEN',
        field: undefined,
      });
    }
  });

  it('row-level security is the second wall: the roll-up statement counts only what the caller may see', async () => {
    // Were the API check ever wrong, the statement would still run as the caller: supervisor 15 asking for
    // province 14 gets the province's name (reference data) and not one of its organizations.
    const client = await t.db.appClient();
    try {
      const [{ id }] = await t.db.ownerQuery<{ id: string }>(
        `SELECT id FROM users WHERE email = 'supervisor.15@test.example'`,
      );
      await client.query('BEGIN');
      await client.query(`SELECT set_config('prongsai.user_id', $1, true)`, [id]);
      const { rows } = await client.query(rollupSql(ALL_PARTS), rollupParams(['14'], FY, '2023-06-01', 10));
      await client.query('ROLLBACK');
      expect(rows[0].figures).toEqual([]);
      expect(rows[0].provinces).toEqual([{ code: '14', name_th: 'พระนครศรีอยุธยา', at_risk: [] }]);
    } finally {
      await client.end();
    }
  });

  it('OIT changes made through the API, as the app role under RLS, reach the roll-up', async () => {
    const orgId = await t.orgId(LEAD_CODE);
    const before = ok(await province('14', tokens.supervisor14)).provinceRollup.oitItems;
    ok(
      await t.gql(
        `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { status } }`,
        {
          input: {
            organizationId: orgId,
            fiscalYear: FY,
            itemCode: 'O5',
            status: 'PUBLISHED',
            evidenceUrls: ['https://www.ayutthaya-pao.go.th/contact'],
          },
        },
        tokens.lead,
      ),
    );
    ok(
      await t.gql(
        `mutation($input: ReviewOitItemInput!) { reviewOitItem(input: $input) { review } }`,
        { input: { organizationId: orgId, fiscalYear: FY, itemCode: 'O5', decision: 'ACCEPTED' } },
        tokens.supervisor14,
      ),
    );
    const after = ok(await province('14', tokens.supervisor14)).provinceRollup.oitItems;
    expect([after.published - before.published, after.accepted - before.accepted]).toEqual([1, 1]);
  });
});

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
