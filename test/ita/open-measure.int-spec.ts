import { MeasureStatus, isOpenMeasureStatus, openMeasureSql } from '@prongsai/measures';
import { TestDatabase } from '../setup/test-database';

/**
 * "Open measure" is written once (libs/measures/src/measure-status.ts) for TypeScript and for SQL; raw
 * statements in progress, roll-ups and reminders use the SQL form. This keeps the two forms, the database's
 * status type and the partial index of open measures (written in a migration) saying the same thing.
 */
describe('open measure: the SQL fragment and the TypeScript predicate agree', () => {
  let db: TestDatabase;
  const statuses = Object.values(MeasureStatus);

  beforeAll(async () => {
    db = await TestDatabase.create();
    await db.ownerQuery(
      `INSERT INTO measures (organization_id, fiscal_year, title, responsible, due_date, status)
       SELECT (SELECT id FROM organizations ORDER BY code LIMIT 1), 2566, 'มาตรการ ' || s, 'ปลัด อบต.',
              '2023-03-31', s::measure_status
       FROM unnest($1::text[]) AS s`,
      [statuses],
    );
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('the database knows exactly the statuses of MeasureStatus', async () => {
    const rows = await db.ownerQuery<{ status: string }>(
      `SELECT unnest(enum_range(NULL::measure_status))::text AS status`,
    );
    expect(rows.map((r) => r.status).sort()).toEqual([...statuses].sort());
  });

  it.each([undefined, 'm'])('for every status, openMeasureSql(%p) is isOpenMeasureStatus', async (alias) => {
    const rows = await db.ownerQuery<{ status: MeasureStatus; open: boolean }>(
      `SELECT m.status::text AS status, (${openMeasureSql(alias)}) AS open FROM measures m ORDER BY 1`,
    );
    expect(rows.map((r) => r.status).sort()).toEqual([...statuses].sort());
    expect(rows.map((r) => [r.status, r.open])).toEqual(
      rows.map((r) => [r.status, isOpenMeasureStatus(r.status)]),
    );
  });

  it('the partial index IDX_measures_open_due covers exactly the open measures', async () => {
    const [{ predicate }] = await db.ownerQuery<{ predicate: string }>(
      `SELECT pg_get_expr(i.indpred, i.indrelid) AS predicate
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE c.relname = 'IDX_measures_open_due'`,
    );
    const rows = await db.ownerQuery<{ status: MeasureStatus; covered: boolean }>(
      `SELECT status::text AS status, (${predicate}) AS covered FROM measures ORDER BY 1`,
    );
    expect(rows).toHaveLength(statuses.length);
    expect(rows.map((r) => [r.status, r.covered])).toEqual(
      rows.map((r) => [r.status, isOpenMeasureStatus(r.status)]),
    );
  });
});
