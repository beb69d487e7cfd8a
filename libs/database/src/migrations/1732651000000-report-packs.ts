import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province report packs (libs/reports/src/pack): the job's progress and the handle of its zip in the file
 * storage. A province's row, not an organization's: its own policy lets the province's supervisors (and
 * ADMIN, and the worker as the system) see it; only they and the system write.
 */
export class ReportPacks1732651000000 implements MigrationInterface {
  name = 'ReportPacks1732651000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."report_pack_status" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')`,
    );
    await q.query(
      `CREATE TABLE "report_packs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character varying(2) NOT NULL, "fiscal_year" integer NOT NULL, "status" "public"."report_pack_status" NOT NULL DEFAULT 'QUEUED', "total" integer NOT NULL DEFAULT '0', "done" integer NOT NULL DEFAULT '0', "storage_key" character varying(300), "size_bytes" integer, "expires_at" TIMESTAMP WITH TIME ZONE, "error" character varying(500), "requested_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_report_packs" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_report_packs_province_year" ON "report_packs" ("province_code", "fiscal_year") `,
    );
    await q.query(
      `ALTER TABLE "report_packs" ADD CONSTRAINT "FK_report_packs_province" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "report_packs" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "report_packs" FORCE ROW LEVEL SECURITY`);
    const predicate = `(SELECT prongsai_sees_all()) OR province_code = ANY ((SELECT prongsai_supervised_province_codes())::text[])`;
    await q.query(
      `CREATE POLICY province_isolation ON "report_packs" USING (${predicate}) WITH CHECK (${predicate})`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON report_packs TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "report_packs"`);
    await q.query(`DROP TYPE IF EXISTS "public"."report_pack_status"`);
  }
}
