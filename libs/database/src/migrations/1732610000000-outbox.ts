import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox becomes one for every email (libs/outbox): a row has a kind (text: kinds register in code, so
 * a new kind needs no enum change), a unique idempotency key, a recipient (an account, or an address for
 * someone without one, e.g. an invitation), the tenant columns it had, and a jsonb payload owned by its kind.
 * The reminder- and digest-only columns (measure, step, due date, occurrence, as-of date) move into the
 * payload and their three unique keys into the one idempotency key, built exactly as the producers build it
 * (`measureReminderKey`, `supervisorDigestKey` in libs/reminders). The CHECK that required a measure for
 * every non-digest row goes: what a kind needs is the kind's business.
 *
 * A reminder no longer disappears with its measure or step (no foreign key from the payload): the send job
 * finds the measure gone and records the row SKIPPED, which keeps the history of what was sent.
 * Row-level security is unchanged (organization, recipient, system), and still only the system writes.
 */
export class Outbox1732610000000 implements MigrationInterface {
  name = 'Outbox1732610000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_subject"`);
    await q.query(`DROP INDEX "UQ_notifications_reminder"`);
    await q.query(`DROP INDEX "UQ_notifications_step_reminder"`);
    await q.query(`DROP INDEX "UQ_notifications_digest"`);
    await q.query(
      `ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE character varying(64) USING "kind"::text`,
    );
    await q.query(`DROP TYPE "public"."notification_kind"`);

    await q.query(`ALTER TABLE "notifications" ADD "idempotency_key" character varying(300)`);
    await q.query(`ALTER TABLE "notifications" ADD "payload" jsonb`);
    await q.query(`UPDATE notifications SET
      idempotency_key = CASE
        WHEN kind = 'SUPERVISOR_DIGEST'
          THEN 'supervisor-digest:' || province_code || ':' || remind_on::text || ':' || recipient_user_id
        WHEN step_id IS NULL
          THEN 'measure-reminder:' || measure_id || ':' || kind || ':' || due_date::text || ':' || remind_on::text || ':' || recipient_user_id
        ELSE 'step-reminder:' || step_id || ':' || kind || ':' || due_date::text || ':' || remind_on::text || ':' || recipient_user_id
      END,
      payload = CASE
        WHEN kind = 'SUPERVISOR_DIGEST' THEN jsonb_build_object('weekStart', remind_on, 'asOf', as_of)
        ELSE jsonb_build_object('measureId', measure_id, 'stepId', step_id, 'dueDate', due_date,
               'remindOn', remind_on, 'asOf', as_of)
      END`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "idempotency_key" SET NOT NULL`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "payload" SET NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_idempotency_key" ON "notifications" ("idempotency_key")`,
    );

    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_measure"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_step"`);
    await q.query(`DROP INDEX "IDX_notifications_measure_id"`);
    await q.query(`DROP INDEX "IDX_notifications_step_id"`);
    for (const column of ['measure_id', 'step_id', 'due_date', 'remind_on', 'as_of']) {
      await q.query(`ALTER TABLE "notifications" DROP COLUMN "${column}"`);
    }

    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "recipient_user_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "notifications" ADD "recipient_email" character varying(320)`);
    await q.query(`ALTER TABLE "notifications" ADD "recipient_name" character varying(200)`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_recipient" CHECK ("recipient_user_id" IS NOT NULL OR "recipient_email" IS NOT NULL)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    // Rows of kinds the old table cannot hold (an address without an account, any kind but the four) go.
    await q.query(`DELETE FROM notifications WHERE recipient_user_id IS NULL
      OR kind NOT IN ('DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE', 'SUPERVISOR_DIGEST')`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_recipient"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "recipient_name"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "recipient_email"`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "recipient_user_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "notifications" ADD "measure_id" uuid`);
    await q.query(`ALTER TABLE "notifications" ADD "step_id" uuid`);
    await q.query(`ALTER TABLE "notifications" ADD "due_date" date`);
    await q.query(`ALTER TABLE "notifications" ADD "remind_on" date`);
    await q.query(`ALTER TABLE "notifications" ADD "as_of" date`);
    await q.query(`UPDATE notifications SET
      measure_id = (payload->>'measureId')::uuid, step_id = (payload->>'stepId')::uuid,
      due_date = (payload->>'dueDate')::date,
      remind_on = coalesce(payload->>'remindOn', payload->>'weekStart')::date, as_of = (payload->>'asOf')::date`);
    // Reminders whose measure or step is gone cannot satisfy the old foreign keys.
    await q.query(`DELETE FROM notifications n WHERE (n.measure_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM measures m WHERE m.id = n.measure_id))
      OR (n.step_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM measure_steps s WHERE s.id = n.step_id))`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "remind_on" SET NOT NULL`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "as_of" SET NOT NULL`);
    await q.query(`DROP INDEX "UQ_notifications_idempotency_key"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "payload"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "idempotency_key"`);
    await q.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE', 'SUPERVISOR_DIGEST')`,
    );
    await q.query(
      `ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::"public"."notification_kind"`,
    );
    await q.query(`CREATE INDEX "IDX_notifications_measure_id" ON "notifications" ("measure_id")`);
    await q.query(`CREATE INDEX "IDX_notifications_step_id" ON "notifications" ("step_id")`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_step" FOREIGN KEY ("step_id") REFERENCES "measure_steps"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_digest" ON "notifications" ("recipient_user_id", "kind", "province_code", "remind_on")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_reminder" ON "notifications" ("recipient_user_id", "measure_id", "kind", "due_date", "remind_on") WHERE step_id IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_step_reminder" ON "notifications" ("recipient_user_id", "step_id", "kind", "due_date", "remind_on") WHERE step_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_subject" CHECK (("kind" = 'SUPERVISOR_DIGEST' AND "province_code" IS NOT NULL AND "measure_id" IS NULL)
   OR ("kind" <> 'SUPERVISOR_DIGEST' AND "measure_id" IS NOT NULL AND "organization_id" IS NOT NULL AND "due_date" IS NOT NULL))`);
  }
}
