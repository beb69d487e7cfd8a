import { DataSource } from 'typeorm';
import { Statement, StatementCounter, countStatements } from '../../bench/lib/statement-counter';
import { ADMIN, SUPERVISOR_14, TestApp, leadEmail, mintAccessToken } from '../setup/test-app';
import { FY, addSmallProvince, addSupervisor, ok, tokenOf } from './rollup-fixtures';

const ORG = '2140101';
const ROLLUP = `query($p: String!, $fy: Int!) {
  provinceRollup(provinceCode: $p, fiscalYear: $fy) {
    organizationCount measuresTotal measuresCompleted
    oitItems { published accepted } surveys { tool responses }
    byDistrict { district { code } measuresTotal }
  }
}`;
/** The statement that computes a roll-up (as the caller, through prongsai_query_as), not a version read. */
const computesRollup = (s: Statement) => s.query.includes('prongsai_query_as(');

const NATIONAL = `query($fy: Int!) { nationalRollup(fiscalYear: $fy) { organizationCount measuresTotal provinces { province { code } } } }`;

interface Figures {
  organizationCount: number;
  measuresTotal: number;
  measuresCompleted: number;
  oitItems: { published: number; accepted: number };
  surveys: { tool: string; responses: number }[];
}

/**
 * The roll-up cache (issue 17): an API process answers a repeated roll-up from memory while nothing it reads
 * has changed — and every write through the API, or straight into the database, is seen by the very next
 * request. A cached entry is never handed to a caller whom row-level security would answer differently.
 */
describe('roll-up cache: fast when nothing changed, never stale, never across tenants (e2e)', () => {
  let t: TestApp;
  let counter: StatementCounter;
  let supervisor14: string;
  let supervisor15: string;
  let lead: string;
  let orgId: string;

  beforeAll(async () => {
    t = await TestApp.create();
    supervisor15 = await addSmallProvince(t, 10);
    supervisor14 = await tokenOf(t, SUPERVISOR_14);
    lead = await tokenOf(t, leadEmail(ORG));
    [{ id: orgId }] = await t.db.ownerQuery<{ id: string }>(`SELECT id FROM organizations WHERE code = $1`, [
      ORG,
    ]);
    counter = countStatements(t.app.get(DataSource));
  });
  afterAll(() => t.close());

  const rollup = async (token: string, p = '14') =>
    ok(await t.gql<{ provinceRollup: Figures }>(ROLLUP, { p, fy: FY }, token)).provinceRollup;
  const write = async (query: string, variables: Record<string, unknown>, token: string) =>
    ok(await t.gql(query, variables, token));

  it('a repeated roll-up is answered from memory: two statements (the actor, the data version)', async () => {
    const first = await rollup(supervisor14);
    counter.take();
    const again = await rollup(supervisor14);
    const seen = counter.take();
    expect(again).toEqual(first);
    expect(seen.map((s) => s.query.trim().split(/\s+/)[0])).toEqual(['SELECT', 'SELECT']);
    expect(seen.filter(computesRollup)).toHaveLength(0);
    expect(counter.take()).toEqual([]);
  });

  it('a measure created and completed through the API: the next roll-up counts it each time', async () => {
    const before = await rollup(supervisor14);
    const { createMeasure } = (await write(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: FY,
          title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน',
          steps: ['รวบรวมข้อมูล'],
          responsible: 'กองคลัง',
          dueDate: '2023-06-30',
          indicatorCodes: ['9'],
        },
      },
      lead,
    )) as { createMeasure: { id: string } };
    const created = await rollup(supervisor14);
    expect(created.measuresTotal).toBe(before.measuresTotal + 1);
    expect(created.measuresCompleted).toBe(before.measuresCompleted);

    await write(
      `mutation($id: ID!, $r: String!) { completeMeasure(id: $id, result: $r) { id } }`,
      { id: createMeasure.id, r: 'เผยแพร่ครบ 12 เดือน' },
      lead,
    );
    const completed = await rollup(supervisor14);
    expect(completed.measuresCompleted).toBe(before.measuresCompleted + 1);
  });

  it('an OIT item published by the lead and accepted by the supervisor: the next roll-ups show each step', async () => {
    const before = await rollup(supervisor14);
    await write(
      `mutation($i: UpdateOitItemInput!) { updateOitItem(input: $i) { status } }`,
      {
        i: {
          organizationId: orgId,
          fiscalYear: FY,
          itemCode: 'O2',
          status: 'PUBLISHED',
          evidenceUrls: ['https://example.org/o2'],
        },
      },
      lead,
    );
    const published = await rollup(supervisor14);
    expect(published.oitItems).toEqual({
      published: before.oitItems.published + 1,
      accepted: before.oitItems.accepted,
    });
    await write(
      `mutation($i: ReviewOitItemInput!) { reviewOitItem(input: $i) { status } }`,
      { i: { organizationId: orgId, fiscalYear: FY, itemCode: 'O2', decision: 'ACCEPTED' } },
      supervisor14,
    );
    expect((await rollup(supervisor14)).oitItems.accepted).toBe(before.oitItems.accepted + 1);
  });

  it('survey responses recorded by the lead: the next roll-up shows them', async () => {
    const before = await rollup(supervisor14);
    const eit = (f: Figures) => f.surveys.find((s) => s.tool === 'EIT')!.responses;
    await write(
      `mutation($i: SetSurveyTargetInput!) { setSurveyTarget(input: $i) { id } }`,
      { i: { organizationId: orgId, fiscalYear: FY, tool: 'EIT', minimumResponses: 30, responsesSoFar: 12 } },
      lead,
    );
    expect(eit(await rollup(supervisor14))).toBe(eit(before) + 12);
  });

  it.each<[string, string, (before: Figures, after: Figures) => void]>([
    [
      'a stored progress row',
      `UPDATE organization_progress SET measures_total = measures_total + 5 WHERE fiscal_year = ${FY}`,
      // Only the LAO written above has a stored row for the year: 5 more measures in the province.
      (before, after) => expect(after.measuresTotal).toBe(before.measuresTotal + 5),
    ],
    [
      'a new organization',
      `INSERT INTO organizations (code, name_th, type, province_code, district_code)
       SELECT '6149999', 'อบต.ใหม่', 'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION', '14', district_code
       FROM organizations WHERE code = '${ORG}'`,
      (before, after) => expect(after.organizationCount).toBe(before.organizationCount + 1),
    ],
  ])('written straight into the database (%s): the next roll-up sees it', async (_what, sql, check) => {
    const before = await rollup(supervisor14);
    await t.db.ownerQuery(sql);
    check(before, await rollup(supervisor14));
  });

  it('a write in one province leaves the other province’s entry cached, and invalidates the national one', async () => {
    const admin = await tokenOf(t, ADMIN);
    await rollup(supervisor15, '15');
    const national = ok(
      await t.gql<{ nationalRollup: { measuresTotal: number } }>(NATIONAL, { fy: FY }, admin),
    );
    await t.db.ownerQuery(
      `UPDATE organization_progress SET measures_total = measures_total + 1
        WHERE fiscal_year = $1 AND organization_id = $2`,
      [FY, orgId],
    );
    counter.take();
    await rollup(supervisor15, '15');
    expect(counter.take().map((s) => s.query.trim().split(/\s+/)[0])).toEqual(['SELECT', 'SELECT']);
    const after = ok(await t.gql<{ nationalRollup: { measuresTotal: number } }>(NATIONAL, { fy: FY }, admin));
    expect(after.nationalRollup.measuresTotal).toBe(national.nationalRollup.measuresTotal + 1);
  });

  it('a province added (no organization yet) appears in the next national roll-up', async () => {
    const admin = await tokenOf(t, ADMIN);
    const codes = async () =>
      ok(
        await t.gql<{ nationalRollup: { provinces: { province: { code: string } }[] } }>(
          NATIONAL,
          { fy: FY },
          admin,
        ),
      ).nationalRollup.provinces.map((p) => p.province.code);
    const before = await codes();
    expect(await codes()).toEqual(before); // cached
    await t.db.ownerQuery(`INSERT INTO provinces (code, name_th) VALUES ('16', 'ลพบุรี')`);
    expect(await codes()).toEqual([...before, '16'].sort());
  });

  it('two supervisors of two provinces never see each other’s entry; two of one province share theirs', async () => {
    const mine = await rollup(supervisor14);
    const theirs = await rollup(supervisor15, '15');
    const counts = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM organizations WHERE province_code IN ('14', '15') GROUP BY province_code ORDER BY province_code`,
    );
    expect([mine.organizationCount, theirs.organizationCount]).toEqual(counts.map((c) => c.n));
    // Province 14's roll-up is cached: supervisor 15 is still refused it, and not answered from memory.
    const refused = await t.gql(ROLLUP, { p: '14', fy: FY }, supervisor15);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();

    // A second supervisor of province 14 (same memberships, so row-level security answers alike).
    const secondId = await addSupervisor(t, 'second.14@test.example', 'ผู้กำกับคนที่สอง', '14');
    const secondToken = await mintAccessToken(t, secondId);
    counter.take();
    expect(await rollup(secondToken)).toEqual(mine);
    const shared = counter.take();
    expect(shared.map((s) => s.query.trim().split(/\s+/)[0])).toEqual(['SELECT', 'SELECT']);
    expect(shared.filter(computesRollup)).toHaveLength(0);

    // The same user given province 15 as well: other memberships, another entry, computed afresh.
    await t.db.ownerQuery(
      `INSERT INTO memberships (user_id, role, province_code) VALUES ($1, 'PROVINCE_SUPERVISOR', '15')`,
      [secondId],
    );
    counter.take();
    expect(await rollup(secondToken)).toEqual(mine);
    expect(counter.take().filter(computesRollup)).toHaveLength(1);

    // Removed from province 14: refused at once, although the entry is still in memory.
    await t.db.ownerQuery(`DELETE FROM memberships WHERE user_id = $1 AND province_code = '14'`, [secondId]);
    const removed = await t.gql(ROLLUP, { p: '14', fy: FY }, secondToken);
    expect(removed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the runtime role reads a province’s data version through its one function, and cannot touch the counters', async () => {
    const app = await t.db.appClient();
    try {
      const [{ v14 }] = (
        await app.query<{ v14: string }>(`SELECT prongsai_rollup_version(ARRAY['14']) AS v14`)
      ).rows;
      const [{ all }] = (await app.query<{ all: string }>(`SELECT prongsai_rollup_version(NULL) AS all`))
        .rows;
      expect(BigInt(v14)).toBeGreaterThan(0n);
      expect(BigInt(all)).toBeGreaterThan(BigInt(v14));
      for (const sql of [
        `SELECT organization_id FROM rollup_versions`,
        `UPDATE rollup_versions SET version = 0`,
        `DELETE FROM rollup_versions`,
      ]) {
        await expect(app.query(sql)).rejects.toThrow(/permission denied for table rollup_versions/);
      }
    } finally {
      await app.end();
    }
  });
});
