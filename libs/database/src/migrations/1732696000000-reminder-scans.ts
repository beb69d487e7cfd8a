import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder scan's cost grows with the reminders due, not with every overdue measure (issue 16). An
 * overdue measure is due a reminder once a week, so a daily scan that re-read every overdue measure and step
 * found ~6 of 7 already in the outbox. Each scan now records the day it ran (`reminder_scans`); the next one
 * reads only the overdue measures and steps whose weekly reminder falls after it, by their due dates, through
 * a due-date index on open measures like the steps' one.
 *
 * System data (the scan runs as the system): row-level security lets only the system or an admin see it.
 */
export class ReminderScans1732696000000 implements MigrationInterface {
  name = 'ReminderScans1732696000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "reminder_scans" ("as_of" date NOT NULL, "created" integer NOT NULL, "scanned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_reminder_scans" PRIMARY KEY ("as_of"))`,
    );
    await q.query(`ALTER TABLE "reminder_scans" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "reminder_scans" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY system_only ON "reminder_scans" USING ((SELECT prongsai_sees_all())) WITH CHECK ((SELECT prongsai_sees_all()))`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON reminder_scans TO prongsai_app`);
    // Open measures by due date alone, covering what the scan reads (the roll-ups' index leads with the LAO).
    await q.query(
      `CREATE INDEX "IDX_measures_open_due_date" ON "measures" ("due_date") INCLUDE ("id", "organization_id") WHERE status IN ('PLANNED', 'IN_PROGRESS')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "IDX_measures_open_due_date"`);
    await q.query(`DROP TABLE IF EXISTS "reminder_scans"`);
  }
}
