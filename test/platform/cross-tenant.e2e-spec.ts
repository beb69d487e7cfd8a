import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mintAccessToken, SUPERVISOR_14, TestApp, userId } from '../setup/test-app';
import {
  MEASURE_OPERATIONS,
  ORGANIZATION_OPERATIONS,
  OrganizationOperation,
} from './organization-operations';

interface Org {
  id: string;
  code: string;
  name_th: string;
  lead_id: string;
}

/** Counts every row of every tenant-owned table: the fuzz must leave them exactly as they were. */
async function tenantRowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.db.ownerQuery<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'organization_id'`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    counts[table_name] = (
      await t.db.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`)
    )[0].n;
  }
  return counts;
}

function leaks(body: unknown, victim: Org): boolean {
  const text = JSON.stringify(body);
  return text.includes(victim.id) || text.includes(victim.code) || text.includes(victim.name_th);
}

describe('cross-tenant isolation (property-based)', () => {
  let t: TestApp;
  let orgs: Org[];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    t = await TestApp.create();
    orgs = await t.db.ownerQuery<Org>(
      `SELECT o.id, o.code, o.name_th, m.user_id AS lead_id FROM organizations o
       JOIN memberships m ON m.organization_id = o.id AND m.role = 'ORG_LEAD' ORDER BY o.code`,
    );
    for (const o of orgs) tokens.set(o.id, await mintAccessToken(t, o.lead_id));
  });
  afterAll(() => t.close());

  async function call(op: OrganizationOperation, organizationId: string, token: string) {
    return t.gql(op.query, op.variables(organizationId), token);
  }

  it(`a lead of A using B's ids (or made-up ids) is refused and learns nothing — ${ORGANIZATION_OPERATIONS.length} operations, 1,000 cases`, async () => {
    expect(orgs).toHaveLength(158);
    const before = await tenantRowCounts(t);
    const opArb = fc.constantFrom(...ORGANIZATION_OPERATIONS);
    const pairArb = fc
      .tuple(fc.integer({ min: 0, max: orgs.length - 1 }), fc.integer({ min: 0, max: orgs.length - 1 }))
      .filter(([a, b]) => a !== b);
    await fc.assert(
      fc.asyncProperty(opArb, pairArb, fc.uuid(), async (op, [a, b], madeUp) => {
        const attacker = orgs[a];
        const victim = orgs[b];
        const token = tokens.get(attacker.id)!;
        const onVictim = await call(op, victim.id, token);
        const onNothing = await call(op, madeUp, token);
        op.expectRefused(onVictim);
        // No oracle: someone else's organization and one that does not exist look exactly alike.
        expect(onVictim).toEqual(onNothing);
        expect(leaks(onVictim, victim)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    expect(await tenantRowCounts(t)).toEqual(before);
  });

  it("a lead of A using B's measure ids (or made-up ids) is refused and learns nothing — 500 cases", async () => {
    // One measure in each of 20 organizations, created through the API by their leads.
    const owners = orgs.slice(0, 20);
    const measures: { org: Org; id: string; title: string }[] = [];
    for (const org of owners) {
      const title = `มาตรการลับของ ${org.code}`;
      const res = await t.gql(
        `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
        {
          i: {
            organizationId: org.id,
            fiscalYear: 2566,
            title,
            steps: ['ขั้นตอน'],
            responsible: 'ปลัด',
            dueDate: '2023-02-10',
            indicatorCodes: ['9'],
          },
        },
        tokens.get(org.id),
      );
      measures.push({ org, id: res.data!.createMeasure.id, title });
    }
    const before = await tenantRowCounts(t);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MEASURE_OPERATIONS),
        fc.integer({ min: 0, max: measures.length - 1 }),
        fc.integer({ min: 0, max: orgs.length - 1 }),
        fc.uuid(),
        async (op, m, a, madeUp) => {
          const victim = measures[m];
          if (orgs[a].id === victim.org.id) return;
          const token = tokens.get(orgs[a].id)!;
          const onVictim = await t.gql(op.query, op.variables(victim.id), token);
          op.refused(onVictim);
          expect(onVictim).toEqual(await t.gql(op.query, op.variables(madeUp), token));
          expect(JSON.stringify(onVictim)).not.toContain(victim.title);
        },
      ),
      { numRuns: 500 },
    );
    expect(await tenantRowCounts(t)).toEqual(before);
  });

  it('the same operations work for the own organization (the refusals above are about tenancy, not a broken call)', async () => {
    const own = orgs[0];
    const supervisor = await mintAccessToken(t, await userId(t, SUPERVISOR_14));
    for (const op of ORGANIZATION_OPERATIONS) {
      const res = await call(op, own.id, op.allowedFor === 'supervisor' ? supervisor : tokens.get(own.id)!);
      op.expectAllowed(res);
    }
  });

  describe('a supervisor of province 14', () => {
    let foreign: string;
    let token: string;
    beforeAll(async () => {
      await t.db.ownerQuery(`INSERT INTO provinces (code, name_th) VALUES ('15', 'อ่างทอง')`);
      await t.db.ownerQuery(
        `INSERT INTO districts (code, province_code, name_th) VALUES ('1501', '15', 'เมืองอ่างทอง')`,
      );
      [{ id: foreign }] = await t.db.ownerQuery<{ id: string }>(
        `INSERT INTO organizations (code, name_th, type, province_code, district_code)
         VALUES ('2150101', 'องค์การบริหารส่วนจังหวัดอ่างทอง', 'PROVINCIAL_ADMINISTRATIVE_ORGANIZATION', '15', '1501') RETURNING id`,
      );
      token = await mintAccessToken(t, await userId(t, SUPERVISOR_14));
    });

    it('never sees another province: not in lists, not by id, not through any operation', async () => {
      const list = await t.gql(`query { organizations(provinceCode: "15") { id } }`, {}, token);
      expect(list.data).toEqual({ organizations: [] });
      for (const op of ORGANIZATION_OPERATIONS) {
        const res = await call(op, foreign, token);
        op.expectRefused(res);
        expect(res).toEqual(await call(op, randomUUID(), token));
      }
    });

    it('sees every LAO of its own province', async () => {
      const list = await t.gql(`query { organizations(provinceCode: "14") { id } }`, {}, token);
      expect(list.data?.organizations).toHaveLength(158);
    });
  });
});
