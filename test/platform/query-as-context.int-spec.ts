import { Client } from 'pg';
import { asOneParameter } from '@prongsai/database';
import { TestDatabase } from '../setup/test-database';

const QUERY_AS = `SELECT * FROM prongsai_query_as($1, $2, $3, $4::text[]) AS q(n int, who text, system text)`;
/** What the inner statement sees: the organizations row-level security lets it count, and the context. */
const INNER = `SELECT count(*)::int AS n, current_setting('prongsai.user_id', true) AS who,
  current_setting('prongsai.system', true) AS system FROM organizations WHERE province_code = $1::text`;

/**
 * `prongsai_query_as` (TenantTransaction.queryAlone's one statement, migration 1732698000000): the inner
 * statement runs as the caller under row-level security with exactly the context given, and leaves none
 * behind — not on the pooled connection, not in a surrounding transaction.
 */
describe('prongsai_query_as: one statement with its RLS context (raw SQL as the runtime role)', () => {
  let db: TestDatabase;
  let app: Client;
  let lead: string;
  let supervisor: string;
  let laos: number;

  beforeAll(async () => {
    db = await TestDatabase.create();
    app = await db.appClient();
    [{ lead, supervisor, laos }] = await db.ownerQuery<{ lead: string; supervisor: string; laos: number }>(`
      SELECT (SELECT id FROM users WHERE email = 'lead.2140101@prongsai.example') AS lead,
             (SELECT id FROM users WHERE email = 'supervisor.14@prongsai.example') AS supervisor,
             (SELECT count(*)::int FROM organizations WHERE province_code = '14') AS laos`);
  });
  afterAll(async () => {
    await app.end();
    await db.drop();
  });

  const run = async (user: string, system: 'on' | 'off', client = app) => {
    const inner = asOneParameter(INNER, ['14']);
    return (await client.query(QUERY_AS, [user, system, inner.sql, inner.params])).rows[0];
  };

  it.each<[string, () => string, 'on' | 'off', () => number]>([
    ['a lead: their own LAO only', () => lead, 'off', () => 1],
    ['the supervisor of province 14: all of its LAOs', () => supervisor, 'off', () => laos],
    ['no user and not the system: nothing (fails closed)', () => '', 'off', () => 0],
    ['the system: all of them', () => '', 'on', () => laos],
  ])('%s', async (_who, user, system, expected) => {
    const row = await run(user(), system);
    expect(row).toEqual({ n: expected(), who: user(), system });
    expect(laos).toBeGreaterThan(100);
  });

  it('leaves no context on the connection for its next statement', async () => {
    await run(supervisor, 'on');
    const { rows } = await app.query(
      `SELECT (SELECT count(*)::int FROM organizations) AS n, current_setting('prongsai.user_id', true) AS who`,
    );
    expect(rows[0].n).toBe(0);
    expect(rows[0].who ?? '').toBe('');
  });

  it('inside a transaction, puts the context of that transaction back after its query', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('prongsai.user_id', $1, true)`, [lead]);
      expect(await run(supervisor, 'off')).toMatchObject({ n: laos, who: supervisor });
      const { rows } = await app.query(
        `SELECT count(*)::int AS n, current_setting('prongsai.user_id', true) AS who FROM organizations`,
      );
      expect(rows[0]).toEqual({ n: 1, who: lead });
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('is the runtime role’s to call, nobody else’s', async () => {
    const [{ app: mayRun, anyone }] = await db.ownerQuery<{ app: boolean; anyone: boolean }>(
      `SELECT has_function_privilege('prongsai_app', 'prongsai_query_as(text, text, text, text[])', 'EXECUTE') AS app,
              EXISTS (SELECT 1 FROM pg_proc p, aclexplode(p.proacl) a
                       WHERE p.proname = 'prongsai_query_as' AND a.grantee = 0) AS anyone`,
    );
    expect({ mayRun, anyone }).toEqual({ mayRun: true, anyone: false });
  });
});
