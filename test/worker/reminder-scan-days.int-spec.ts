import { ReminderScanService } from '@prongsai/reminders';
import { addDays } from '@prongsai/thai';
import { TestApp } from '../setup/test-app';
import { insertMeasures, isolatedQueueEnv } from './reminder-fixtures';

const ORG = '3140102';
const START = '2027-01-20';
/** 24 days of daily scans, with a three-day outage (the worker was down) in the middle. */
const DAYS = Array.from({ length: 24 }, (_, i) => addDays(START, i)).filter(
  (d) => d < '2027-01-26' || d > '2027-01-28',
);

/**
 * The scan reads only the overdue measures and steps whose weekly reminder falls since the last scanned day
 * (issue 16: its cost grows with the reminders due, not with every overdue measure). The outbox must not
 * notice: day by day, the same reminders as scans that read every overdue measure (the scan before the
 * reminder_scans record existed), missed days caught up included.
 */
describe('reminder scan: a day at a time', () => {
  let t: TestApp;
  let scans: ReminderScanService;

  beforeAll(async () => {
    t = await TestApp.create(isolatedQueueEnv());
    scans = t.app.get(ReminderScanService, { strict: false });
    const orgId = await t.orgId(ORG);
    // One open measure due each day of January 2027 (so every weekday of the overdue cycle is present), and a
    // dated step of each, due three days before it.
    const ids = await insertMeasures(
      t,
      Array.from({ length: 31 }, (_, i) => ({
        organizationId: orgId,
        fiscalYear: 2570,
        title: `มาตรการที่ ${i + 1}`,
        dueDate: addDays('2027-01-01', i),
      })),
    );
    await t.db.ownerQuery(
      `INSERT INTO measure_steps (measure_id, organization_id, position, description, due_date)
       SELECT m.id, m.organization_id, 1, 'ขั้นตอนแรก', m.due_date - 3 FROM measures m WHERE m.id = ANY ($1)`,
      [ids],
    );
  });
  afterAll(() => t?.close());

  const reminderKeys = async () =>
    (
      await t.db.ownerQuery<{ key: string }>(
        `SELECT idempotency_key AS key FROM notifications WHERE kind IN ('DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE')
         ORDER BY 1`,
      )
    ).map((r) => r.key);

  it('creates, day by day, exactly the reminders of scans that read every overdue measure', async () => {
    const incremental: number[] = [];
    for (const day of DAYS) incremental.push((await scans.scan(day)).created);
    const keys = await reminderKeys();
    const recorded = await t.db.ownerQuery<{ as_of: string; created: number }>(
      `SELECT as_of::text, created FROM reminder_scans ORDER BY as_of`,
    );
    expect(recorded).toEqual(DAYS.map((d, i) => ({ as_of: d, created: incremental[i] })));

    // The same days again on an empty outbox, each scan without a previous one: it reads every overdue measure.
    await t.db.ownerQuery(`DELETE FROM notifications`);
    const full: number[] = [];
    for (const day of DAYS) {
      await t.db.ownerQuery(`DELETE FROM reminder_scans`);
      full.push((await scans.scan(day)).created);
    }
    expect(incremental).toEqual(full);
    expect(await reminderKeys()).toEqual(keys);
    // Not a vacuous comparison: overdue reminders every day, and more after the outage (caught up).
    expect(Math.min(...incremental)).toBeGreaterThan(0);
    expect(incremental[DAYS.indexOf('2027-01-29')]).toBeGreaterThan(incremental[DAYS.indexOf('2027-01-25')]);
  });

  it('a measure that becomes overdue sideways (created with a past due date) is reminded on its weekly day', async () => {
    const orgId = await t.orgId(ORG);
    await scans.scan('2027-02-20');
    // Due 2027-02-11: its weekly overdue reminders fall on 02-12, 02-19, 02-26, …
    const [late] = await insertMeasures(t, [
      { organizationId: orgId, fiscalYear: 2570, title: 'มาตรการที่บันทึกย้อนหลัง', dueDate: '2027-02-11' },
    ]);
    const remindedOn = async () =>
      (
        await t.db.ownerQuery<{ remind_on: string }>(
          `SELECT payload->>'remindOn' AS remind_on FROM notifications WHERE payload->>'measureId' = $1`,
          [late],
        )
      ).map((r) => r.remind_on);
    for (const day of ['2027-02-21', '2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25']) {
      await scans.scan(day);
      expect({ day, reminded: await remindedOn() }).toEqual({ day, reminded: [] });
    }
    await scans.scan('2027-02-26');
    expect(new Set(await remindedOn())).toEqual(new Set(['2027-02-26']));
  });
});
