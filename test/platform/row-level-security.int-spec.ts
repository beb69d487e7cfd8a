import { Client } from 'pg';
import { TestDatabase } from '../setup/test-database';

/**
 * The second wall: with the API's checks out of the picture, raw SQL as the runtime role sees only what the
 * transaction's tenant context allows — and nothing at all without one.
 */
describe('row-level security (raw SQL as the runtime role)', () => {
  let db: TestDatabase;
  let app: Client;
  let ids: { lead: string; supervisor: string; admin: string; leadOrg: string; otherOrg: string };

  beforeAll(async () => {
    db = await TestDatabase.create();
    app = await db.appClient();
    const [row] = await db.ownerQuery<typeof ids>(`
      SELECT (SELECT id FROM users WHERE email = 'lead.2140101@prongsai.example') AS lead,
             (SELECT id FROM users WHERE email = 'supervisor.14@prongsai.example') AS supervisor,
             (SELECT id FROM users WHERE email = 'admin@prongsai.example') AS admin,
             (SELECT id FROM organizations WHERE code = '2140101') AS "leadOrg",
             (SELECT id FROM organizations WHERE code = '3140102') AS "otherOrg"`);
    ids = row;
    // A second province with one LAO and an audit entry in each of three organizations.
    await db.ownerQuery(`INSERT INTO provinces (code, name_th) VALUES ('15', 'อ่างทอง')`);
    await db.ownerQuery(
      `INSERT INTO districts (code, province_code, name_th) VALUES ('1501', '15', 'เมืองอ่างทอง')`,
    );
    await db.ownerQuery(
      `INSERT INTO organizations (code, name_th, type, province_code, district_code)
       VALUES ('2150101', 'องค์การบริหารส่วนจังหวัดอ่างทอง', 'PROVINCIAL_ADMINISTRATIVE_ORGANIZATION', '15', '1501')`,
    );
    await db.ownerQuery(
      `INSERT INTO audit_log (organization_id, action, entity_type, entity_id)
       SELECT id, 'test', 'organization', code FROM organizations WHERE code IN ('2140101', '3140102', '2150101')`,
    );
  });
  afterAll(async () => {
    await app.end();
    await db.drop();
  });

  async function inContext<T>(
    ctx: { user?: string; system?: boolean },
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    await app.query('BEGIN');
    try {
      await app.query(
        `SELECT set_config('prongsai.user_id', $1, true), set_config('prongsai.system', $2, true)`,
        [ctx.user ?? '', ctx.system ? 'on' : 'off'],
      );
      return (await app.query(sql, params)).rows as T[];
    } finally {
      await app.query('COMMIT');
    }
  }

  const count = async (ctx: { user?: string; system?: boolean }, table: string) =>
    (await inContext<{ n: number }>(ctx, `SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('the runtime role is not a superuser, cannot bypass RLS and owns no table', async () => {
    const [role] = await db.ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'prongsai_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await db.ownerQuery(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'prongsai_app'`,
    );
    expect(owned).toEqual([]);
  });

  it('every table with an organization_id has RLS enabled and forced, a policy, and an index on it', async () => {
    const rows = await db.ownerQuery<{
      table: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
      indexed: boolean;
      nullable: string;
    }>(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies,
             EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                     WHERE i.indrelid = c.oid AND a.attname = 'organization_id') AS indexed,
             col.is_nullable AS nullable
      FROM pg_class c JOIN information_schema.columns col
        ON col.table_name = c.relname AND col.column_name = 'organization_id' AND col.table_schema = 'public'
      WHERE c.relkind = 'r' AND c.relname <> 'memberships'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      // The email outbox is per recipient: a weekly digest belongs to a province and a password reset to no
      // tenant at all, not to an organization (docs/adr/0002). It still has RLS enabled and forced, with its
      // own policy.
      // An invitation belongs to an LAO or, for a PROVINCE_SUPERVISOR, to a province (issue 12).
      const nullable = r.table === 'notifications' || r.table === 'invitations' ? 'YES' : 'NO';
      expect(r).toEqual({
        table: r.table,
        enabled: true,
        forced: true,
        policies: 1,
        indexed: true,
        nullable,
      });
    }
  });

  describe('memberships (issue 12)', () => {
    it('RLS is enabled and forced; the runtime role has read and write policies, and no policy of the owner', async () => {
      const [t] = await db.ownerQuery<{ enabled: boolean; forced: boolean }>(
        `SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE relname = 'memberships'`,
      );
      expect(t).toEqual({ enabled: true, forced: true });
      const policies = await db.ownerQuery<{ policyname: string; roles: string[]; cmd: string }>(
        `SELECT policyname, roles::text[] AS roles, cmd FROM pg_policies WHERE tablename = 'memberships' ORDER BY policyname`,
      );
      expect(
        policies.filter((p) => p.roles.includes('prongsai_app')).map((p) => `${p.policyname}:${p.cmd}`),
      ).toEqual([
        'members_delete:DELETE',
        'members_insert:INSERT',
        'members_read:SELECT',
        'members_update:UPDATE',
      ]);
      // The owner's own policy (what the SECURITY DEFINER functions run as) is never the runtime role's.
      const owner = policies.find((p) => p.policyname === 'definer_functions')!;
      expect(owner.roles).not.toContain('prongsai_app');
      expect(owner.roles).not.toContain('public');
    });

    it('no context sees no membership; a lead its own and its LAO’s; a supervisor its province’s; admin all', async () => {
      const total = (await db.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM memberships`))[0].n;
      expect(await count({}, 'memberships')).toBe(0);
      expect(
        await inContext(
          { user: ids.lead },
          `SELECT DISTINCT coalesce(organization_id::text, province_code) AS s FROM memberships`,
        ),
      ).toEqual([{ s: ids.leadOrg }]);
      expect(await count({ user: ids.supervisor }, 'memberships')).toBe(total - 1); // all but the admin's
      expect(await count({ user: ids.admin }, 'memberships')).toBe(total);
      expect(await count({ system: true }, 'memberships')).toBe(total);
    });

    it("a lead cannot give itself a role elsewhere, nor delete another LAO's members", async () => {
      await expect(
        inContext(
          { user: ids.lead },
          `INSERT INTO memberships (user_id, role, organization_id) VALUES ($1, 'ORG_LEAD', $2)`,
          [ids.lead, ids.otherOrg],
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        inContext(
          { user: ids.lead },
          `INSERT INTO memberships (user_id, role, province_code) VALUES ($1, 'PROVINCE_SUPERVISOR', '14')`,
          [ids.lead],
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        inContext({ user: ids.lead }, `INSERT INTO memberships (user_id, role) VALUES ($1, 'ADMIN')`, [
          ids.lead,
        ]),
      ).rejects.toThrow(/row-level security/);
      const deleted = await inContext(
        { user: ids.lead },
        `DELETE FROM memberships WHERE organization_id = $1 RETURNING id`,
        [ids.otherOrg],
      );
      expect(deleted).toEqual([]);
    });

    it('the SECURITY DEFINER doors: one user’s own memberships, and an invitation only by its token hash', async () => {
      const own = await inContext<{ role: string }>({}, `SELECT role FROM prongsai_actor_memberships($1)`, [
        ids.lead,
      ]);
      expect(own).toEqual([{ role: 'ORG_LEAD' }]);
      expect(await inContext({}, `SELECT * FROM prongsai_pending_invitation('0000')`)).toEqual([]);
      expect(await inContext({}, `SELECT * FROM prongsai_accept_invitation('0000', $1)`, [ids.lead])).toEqual(
        [],
      );
      expect(await count({}, 'invitations')).toBe(0);
    });
  });

  it('with no context, no rows', async () => {
    expect(await count({}, 'organizations')).toBe(0);
    expect(await count({}, 'audit_log')).toBe(0);
    // …and outside any transaction too.
    expect((await app.query('SELECT count(*)::int AS n FROM organizations')).rows[0].n).toBe(0);
  });

  it('a lead sees only its organization and its rows', async () => {
    expect(await inContext({ user: ids.lead }, 'SELECT code FROM organizations')).toEqual([
      { code: '2140101' },
    ]);
    const audit = await inContext<{ organization_id: string }>(
      { user: ids.lead },
      'SELECT organization_id FROM audit_log',
    );
    expect(audit).toEqual([{ organization_id: ids.leadOrg }]);
    // Even asking for the other organization by id returns nothing.
    expect(
      await inContext({ user: ids.lead }, 'SELECT * FROM audit_log WHERE organization_id = $1', [
        ids.otherOrg,
      ]),
    ).toEqual([]);
  });

  it("a lead cannot write another organization's rows", async () => {
    await expect(
      inContext(
        { user: ids.lead },
        `INSERT INTO audit_log (organization_id, action, entity_type, entity_id) VALUES ($1, 'x', 'y', 'z')`,
        [ids.otherOrg],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('the supervisor of 14 sees its 158 LAOs and never province 15', async () => {
    expect(await count({ user: ids.supervisor }, 'organizations')).toBe(158);
    expect(await count({ user: ids.supervisor }, 'audit_log')).toBe(2);
    expect(
      await inContext({ user: ids.supervisor }, `SELECT 1 FROM organizations WHERE province_code = '15'`),
    ).toEqual([]);
  });

  it('an admin and the system context see everything', async () => {
    expect(await count({ user: ids.admin }, 'organizations')).toBe(159);
    expect(await count({ system: true }, 'organizations')).toBe(159);
    expect(await count({ system: true }, 'audit_log')).toBe(3);
  });

  it('an unknown user id sees nothing', async () => {
    expect(await count({ user: '00000000-0000-4000-8000-000000000000' }, 'organizations')).toBe(0);
  });

  it('the context is per transaction: it does not leak to the next transaction on the same connection', async () => {
    expect(await count({ user: ids.supervisor }, 'organizations')).toBe(158);
    await app.query('BEGIN');
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM organizations`);
    await app.query('COMMIT');
    expect(rows[0].n).toBe(0);
  });

  it('the audit log is append-only for the runtime role', async () => {
    await expect(inContext({ system: true }, `DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(inContext({ system: true }, `UPDATE audit_log SET action = 'x'`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
