import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey windows (issue 14): the days ITAS takes answers to each survey (IIT, EIT) of a fiscal year, as the
 * NACC announces them, so the LAO's survey card can say how many days are left. One row per year and tool.
 *
 * Reference data (no organization_id), like frameworks: everyone reads it; RLS is enabled (not forced, so the
 * owner's seed is unaffected) and lets the runtime role write only as an admin or the system.
 */
export class SurveyWindows1732690000000 implements MigrationInterface {
  name = 'SurveyWindows1732690000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "survey_windows" ("fiscal_year" integer NOT NULL, "tool" "public"."survey_tool" NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_survey_windows_order" CHECK ("closes_on" >= "opens_on"), CONSTRAINT "PK_survey_windows" PRIMARY KEY ("fiscal_year", "tool"))`,
    );
    await q.query(
      `ALTER TABLE "survey_windows" ADD CONSTRAINT "FK_survey_windows_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "survey_windows" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY reference_read ON "survey_windows" FOR SELECT USING (true)`);
    await q.query(
      `CREATE POLICY admin_insert ON "survey_windows" FOR INSERT WITH CHECK ((SELECT prongsai_sees_all()))`,
    );
    await q.query(
      `CREATE POLICY admin_update ON "survey_windows" FOR UPDATE USING ((SELECT prongsai_sees_all())) WITH CHECK ((SELECT prongsai_sees_all()))`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON survey_windows TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "survey_windows"`);
  }
}
