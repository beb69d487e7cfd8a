import { DataSource } from 'typeorm';
import { StatementCounter, countStatements } from '../../bench/lib/statement-counter';
import { TestApp } from '../setup/test-app';
import { FY, NATIONAL_ROLLUP, PROVINCE_ROLLUP, addSmallProvince, ok, tokenOf } from './rollup-fixtures';

/**
 * A roll-up costs the same SQL statements for 10 organizations as for 158: counted at the DataSource (every
 * statement TypeORM sends, BEGIN/COMMIT and the RLS set_config included), over real HTTP. Computed ones
 * here; one answered from the cache costs two (rollup-cache.e2e-spec.ts).
 */
describe('roll-ups: a constant number of SQL statements (e2e)', () => {
  let t: TestApp;
  let counter: StatementCounter;
  let supervisor14: string;
  let supervisor15: string;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.create();
    supervisor15 = await addSmallProvince(t, 10);
    supervisor14 = await tokenOf(t, 'supervisor.14@prongsai.example');
    admin = await tokenOf(t, 'admin@prongsai.example');
    // Every LAO of province 14 has progress in both years, one in four failing: 39 at risk.
    await t.db.ownerQuery(
      `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
         pass_threshold, tool_scores, indicators, measures_total, measures_completed, measures_overdue, computed_at)
       SELECT o.id, y, s, CASE WHEN s >= 85 THEN 'A' ELSE 'C' END, s >= 85, greatest(0, 85 - s), 85, '[]', '[]', 3, 1, 0, now()
       FROM (SELECT o.*, row_number() OVER (ORDER BY code) AS n FROM organizations o WHERE province_code = '14') o
       CROSS JOIN (VALUES (2565), (2566)) AS v(y)
       CROSS JOIN LATERAL (SELECT CASE WHEN o.n % 4 = 0 THEN 70 + o.n % 10 ELSE 90 END AS s) x`,
    );
    counter = countStatements(t.app.get(DataSource));
  });
  afterAll(() => t.close());

  /**
   * The statements one request sends, as their first words (`SELECT` …) and whether each runs the roll-up
   * (through prongsai_query_as), after a write (any raise of the data version) so the cache cannot answer.
   */
  async function statementsOf(query: string, variables: Record<string, unknown>, token: string) {
    await t.db.ownerQuery(`UPDATE rollup_versions SET version = version + 1`);
    counter.take();
    const data = ok(await t.gql(query, variables, token));
    const seen = counter.take();
    return {
      data,
      statements: seen.map((s) => s.query.trim().split(/\s+/).slice(0, 2).join(' ')),
      rollups: seen.filter((s) => s.query.includes('prongsai_query_as(')).length,
    };
  }

  it('provinceRollup with its at-risk organizations, their districts and province: 158 LAOs = 10 LAOs', async () => {
    const vars = (p: string) => ({ p, fy: FY, first: 100 });
    // Warm-up: the framework of the year is read once per process, then cached; each roll-up is stored.
    await statementsOf(PROVINCE_ROLLUP, vars('14'), supervisor14);
    await statementsOf(PROVINCE_ROLLUP, vars('15'), supervisor15);

    const big = await statementsOf(PROVINCE_ROLLUP, vars('14'), supervisor14);
    const small = await statementsOf(PROVINCE_ROLLUP, vars('15'), supervisor15);
    expect(big.data.provinceRollup.organizationCount).toBe(158);
    expect(big.data.provinceRollup.atRisk).toHaveLength(39);
    expect(small.data.provinceRollup.organizationCount).toBe(10);
    expect(small.data.provinceRollup.atRisk).toHaveLength(3);

    expect(big.statements).toEqual(small.statements);
    // The actor (user and memberships in one statement), the data version (changed: the stored roll-up
    // cannot answer), then the roll-up in one statement with its RLS context and the version it is stored
    // under. No transaction around it, nothing per LAO.
    expect(big.rollups).toBe(1);
    expect(big.statements).toEqual([
      'SELECT u.email,',
      'SELECT prongsai_rollup_version($1::text[])',
      'SELECT prongsai_rollup_version($5::text[])',
    ]);
  });

  it('a roll-up never computed before costs two statements: no data version to compare, so none read', async () => {
    // A key of its own (another at-risk length): nothing is stored under it yet.
    const first = await statementsOf(PROVINCE_ROLLUP, { p: '14', fy: FY, first: 7 }, supervisor14);
    expect(first.data.provinceRollup.atRisk).toHaveLength(7);
    expect(first.rollups).toBe(1);
    expect(first.statements).toHaveLength(2);
  });

  it('a district filter adds no statement: its check is part of the roll-up statement', async () => {
    const filtered = await statementsOf(
      `query($p: String!, $fy: Int!, $d: String) { provinceRollup(provinceCode: $p, fiscalYear: $fy, districtCode: $d) { organizationCount } }`,
      { p: '14', fy: FY, d: '1401' },
      supervisor14,
    );
    expect(filtered.data.provinceRollup.organizationCount).toBeGreaterThan(0);
    expect(filtered.statements).toHaveLength(2);
  });

  it('nationalRollup: the same statements before and after a province of 100 more LAOs appears', async () => {
    await statementsOf(NATIONAL_ROLLUP, { fy: FY }, admin);
    const before = await statementsOf(NATIONAL_ROLLUP, { fy: FY }, admin);
    await t.db.ownerQuery(`INSERT INTO provinces (code, name_th) VALUES ('16', 'ลพบุรี')`);
    await t.db.ownerQuery(
      `INSERT INTO districts (code, province_code, name_th) VALUES ('1601', '16', 'เมืองลพบุรี')`,
    );
    await t.db.ownerQuery(
      `INSERT INTO organizations (code, name_th, type, province_code, district_code)
       SELECT '616' || lpad(n::text, 4, '0'), 'อบต.ทดสอบ ' || n, 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION', '16', '1601'
       FROM generate_series(1, 100) AS n`,
    );
    const after = await statementsOf(NATIONAL_ROLLUP, { fy: FY }, admin);
    expect(before.data.nationalRollup.organizationCount).toBe(168);
    expect(after.data.nationalRollup.organizationCount).toBe(268);
    expect(after.data.nationalRollup.provinces).toHaveLength(3);
    expect(after.statements).toEqual(before.statements);
    expect(after.statements).toHaveLength(3);
    expect(after.rollups).toBe(1);
  });
});
