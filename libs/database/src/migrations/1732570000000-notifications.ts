import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email outbox (`notifications`), written by the reminder scan and the weekly digest and drained by the
 * worker's send job. Drafted with `npm run db:migration:generate`; the policy and grants are by hand.
 */
export class Notifications1732570000000 implements MigrationInterface {
  name = 'Notifications1732570000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE', 'SUPERVISOR_DIGEST')`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'SKIPPED')`,
    );
    await q.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."notification_kind" NOT NULL, "status" "public"."notification_status" NOT NULL DEFAULT 'PENDING', "recipient_user_id" uuid NOT NULL, "organization_id" uuid, "measure_id" uuid, "due_date" date, "province_code" character varying(2), "remind_on" date NOT NULL, "as_of" date NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "skip_reason" character varying(200), "message_id" character varying(300), "smtp_response" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notifications_subject" CHECK (("kind" = 'SUPERVISOR_DIGEST' AND "province_code" IS NOT NULL AND "measure_id" IS NULL)
   OR ("kind" <> 'SUPERVISOR_DIGEST' AND "measure_id" IS NOT NULL AND "organization_id" IS NOT NULL AND "due_date" IS NOT NULL)), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_notifications_organization_id" ON "notifications" ("organization_id")`);
    await q.query(`CREATE INDEX "IDX_notifications_measure_id" ON "notifications" ("measure_id")`);
    await q.query(
      `CREATE INDEX "IDX_notifications_status_created" ON "notifications" ("status", "created_at")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_digest" ON "notifications" ("recipient_user_id", "kind", "province_code", "remind_on")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_reminder" ON "notifications" ("recipient_user_id", "measure_id", "kind", "due_date", "remind_on")`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Not the standard tenant policy: digest rows belong to a province (organization_id is null), and every
    // recipient may read their own rows. Only the system (the worker, and ADMIN) reads across tenants and
    // writes: users never insert or change outbox rows.
    await q.query(`ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "notifications" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "notifications"
      USING ((SELECT prongsai_sees_all())
             OR organization_id = ANY ((SELECT prongsai_visible_organization_ids())::uuid[])
             OR recipient_user_id = (SELECT prongsai_current_user_id()))
      WITH CHECK ((SELECT prongsai_sees_all()))`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON notifications TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "notifications" CASCADE`);
    await q.query(`DROP TYPE IF EXISTS "public"."notification_status"`);
    await q.query(`DROP TYPE IF EXISTS "public"."notification_kind"`);
  }
}
