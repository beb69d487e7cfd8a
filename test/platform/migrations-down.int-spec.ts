import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '@prongsai/database';
import { TestDatabase } from '../setup/test-database';
import { testConfig } from '../setup/test-env';

/** Every table, column, constraint, index and policy of the public schema, as text to compare. */
const SCHEMA_SQL = `
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable AS item
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'policy ' || tablename || ' ' || policyname || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '')
    FROM pg_policies WHERE schemaname = 'public'
  ORDER BY 1`;

/**
 * The newest migrations can be reverted (a bad deploy is rolled back with `down`) and applied again to the
 * very same schema. Older ones have their own tests where their down carries data (the outbox).
 */
describe('the newest migrations go down and up again', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await TestDatabase.create();
    ds = new DataSource(ownerDataSourceOptions(testConfig(db.name)));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it.each(['ReminderScans1732696000000', 'AdminInvitations1732695000000', 'SurveyWindows1732690000000'])(
    '%s',
    async (name) => {
      const schema = async () => (await ds.query<{ item: string }[]>(SCHEMA_SQL)).map((r) => r.item);
      const before = await schema();
      const index = ds.migrations.findIndex((m) => m.name === name);
      const newer = ds.migrations.slice(index);
      const qr = ds.createQueryRunner();
      try {
        for (const m of [...newer].reverse()) await m.down(qr);
        const down = await schema();
        expect(down.length).toBeLessThan(before.length);
        for (const m of newer) await m.up(qr);
        expect(await schema()).toEqual(before);
      } finally {
        await qr.release();
      }
    },
  );
});
