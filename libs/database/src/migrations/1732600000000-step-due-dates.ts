import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Steps get a due date of their own and a done mark, and the reminder scan reminds about open steps that
 * have a date. Their index covers what the scan reads (INCLUDE), so it never visits the step rows. Drafted with `npm run db:migration:generate`; the reminder key change is by hand (TypeORM does
 * not see a changed WHERE of an index it already knows by name).
 *
 * Reminder keys: a measure's reminders stay unique on (recipient, measure, kind, due date, occurrence) — now
 * only among rows without a step — and a step's on (recipient, step, kind, due date, occurrence), so a step
 * due on the same day as its measure still gets its own reminder.
 */
export class StepDueDates1732600000000 implements MigrationInterface {
  name = 'StepDueDates1732600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "measure_steps" ADD "due_date" date`);
    await q.query(`ALTER TABLE "measure_steps" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `CREATE INDEX "IDX_measure_steps_open_due" ON "measure_steps" ("due_date") INCLUDE ("id", "measure_id", "organization_id") WHERE due_date IS NOT NULL AND completed_at IS NULL`,
    );

    await q.query(`ALTER TABLE "notifications" ADD "step_id" uuid`);
    await q.query(`CREATE INDEX "IDX_notifications_step_id" ON "notifications" ("step_id")`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_step" FOREIGN KEY ("step_id") REFERENCES "measure_steps"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`DROP INDEX "UQ_notifications_reminder"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_reminder" ON "notifications" ("recipient_user_id", "measure_id", "kind", "due_date", "remind_on") WHERE step_id IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_step_reminder" ON "notifications" ("recipient_user_id", "step_id", "kind", "due_date", "remind_on") WHERE step_id IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE step_id IS NOT NULL`);
    await q.query(`DROP INDEX IF EXISTS "UQ_notifications_step_reminder"`);
    await q.query(`DROP INDEX IF EXISTS "UQ_notifications_reminder"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_reminder" ON "notifications" ("recipient_user_id", "measure_id", "kind", "due_date", "remind_on")`,
    );
    await q.query(`ALTER TABLE "notifications" DROP COLUMN IF EXISTS "step_id"`);
    await q.query(`DROP INDEX IF EXISTS "IDX_measure_steps_open_due"`);
    await q.query(`ALTER TABLE "measure_steps" DROP COLUMN IF EXISTS "completed_at"`);
    await q.query(`ALTER TABLE "measure_steps" DROP COLUMN IF EXISTS "due_date"`);
  }
}
