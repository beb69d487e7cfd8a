import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '@prongsai/database';
import { measureReminderKey, NotificationKind, supervisorDigestKey } from '@prongsai/reminders';
import { TestDatabase } from '../setup/test-database';
import { testConfig } from '../setup/test-env';

/**
 * Migration 7 turns the reminder-only outbox into the generic one. Rows written before it must keep their
 * identity: the key it backfills is the key the producers now build (so a scan after the deploy does not
 * send a reminder again), and the payload holds what the columns held. Run here as down → old rows → up.
 */
describe('the outbox migration carries existing rows over', () => {
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

  it('backfills keys and payloads equal to what the producers build, and down restores the old shape', async () => {
    const migration = ds.migrations.find((m) => m.name === 'Outbox1732610000000')!;
    const qr = ds.createQueryRunner();
    try {
      await migration.down(qr);
      const [lead] = await qr.query(`SELECT id FROM users WHERE email = 'lead.2140101@prongsai.example'`);
      const [supervisor] = await qr.query(
        `SELECT id FROM users WHERE email = 'supervisor.14@prongsai.example'`,
      );
      const [org] = await qr.query(`SELECT id FROM organizations WHERE code = '2140101'`);
      const [measure] = await qr.query(
        `INSERT INTO measures (organization_id, fiscal_year, title, responsible, due_date)
         VALUES ($1, 2566, 'มาตรการ', 'ปลัด', '2023-02-10') RETURNING id`,
        [org.id],
      );
      const [step] = await qr.query(
        `INSERT INTO measure_steps (measure_id, organization_id, position, description, due_date)
         VALUES ($1, $2, 1, 'ขั้นตอน', '2023-02-03') RETURNING id`,
        [measure.id, org.id],
      );
      await qr.query(
        `INSERT INTO notifications (kind, recipient_user_id, organization_id, measure_id, step_id, due_date, remind_on, as_of, status)
         VALUES ('DUE_IN_7_DAYS', $1, $2, $3, NULL, '2023-02-10', '2023-02-03', '2023-02-04', 'SENT'),
                ('DUE_TOMORROW', $1, $2, $3, $4, '2023-02-03', '2023-02-02', '2023-02-02', 'PENDING')`,
        [lead.id, org.id, measure.id, step.id],
      );
      await qr.query(
        `INSERT INTO notifications (kind, recipient_user_id, province_code, remind_on, as_of)
         VALUES ('SUPERVISOR_DIGEST', $1, '14', '2023-02-13', '2023-02-14')`,
        [supervisor.id],
      );

      await migration.up(qr);
      const rows: {
        kind: string;
        idempotency_key: string;
        payload: Record<string, unknown>;
        status: string;
      }[] = await qr.query(
        `SELECT kind, idempotency_key, payload, status::text FROM notifications ORDER BY kind`,
      );
      expect(rows).toEqual([
        {
          kind: 'DUE_IN_7_DAYS',
          status: 'SENT',
          idempotency_key: measureReminderKey(
            NotificationKind.DUE_IN_7_DAYS,
            { measureId: measure.id, stepId: null, dueDate: '2023-02-10', remindOn: '2023-02-03' },
            lead.id,
          ),
          payload: {
            measureId: measure.id,
            stepId: null,
            dueDate: '2023-02-10',
            remindOn: '2023-02-03',
            asOf: '2023-02-04',
          },
        },
        {
          kind: 'DUE_TOMORROW',
          status: 'PENDING',
          idempotency_key: measureReminderKey(
            NotificationKind.DUE_TOMORROW,
            { measureId: measure.id, stepId: step.id, dueDate: '2023-02-03', remindOn: '2023-02-02' },
            lead.id,
          ),
          payload: {
            measureId: measure.id,
            stepId: step.id,
            dueDate: '2023-02-03',
            remindOn: '2023-02-02',
            asOf: '2023-02-02',
          },
        },
        {
          kind: 'SUPERVISOR_DIGEST',
          status: 'PENDING',
          idempotency_key: supervisorDigestKey('14', '2023-02-13', supervisor.id),
          payload: { weekStart: '2023-02-13', asOf: '2023-02-14' },
        },
      ]);

      // And back: the columns come back from the payload.
      await migration.down(qr);
      const old = await qr.query(
        `SELECT kind::text, measure_id, step_id, due_date::text, remind_on::text, as_of::text FROM notifications ORDER BY kind`,
      );
      expect(old).toEqual([
        {
          kind: 'DUE_IN_7_DAYS',
          measure_id: measure.id,
          step_id: null,
          due_date: '2023-02-10',
          remind_on: '2023-02-03',
          as_of: '2023-02-04',
        },
        {
          kind: 'DUE_TOMORROW',
          measure_id: measure.id,
          step_id: step.id,
          due_date: '2023-02-03',
          remind_on: '2023-02-02',
          as_of: '2023-02-02',
        },
        {
          kind: 'SUPERVISOR_DIGEST',
          measure_id: null,
          step_id: null,
          due_date: null,
          remind_on: '2023-02-13',
          as_of: '2023-02-14',
        },
      ]);
      await migration.up(qr);
    } finally {
      await qr.release();
    }
  });
});
