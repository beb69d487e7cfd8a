import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls-sql';

/**
 * Who in the app follows a measure up (`measure_assignees`): they receive its deadline reminders beside the
 * organization's ITA leads. Drafted with `npm run db:migration:generate`; the policy and grants are by hand.
 */
export class MeasureAssignees1732590000000 implements MigrationInterface {
  name = 'MeasureAssignees1732590000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "measure_assignees" ("measure_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "assigned_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_measure_assignees" PRIMARY KEY ("measure_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_measure_assignees_user_id" ON "measure_assignees" ("user_id")`);
    await q.query(
      `CREATE INDEX "IDX_measure_assignees_organization_id" ON "measure_assignees" ("organization_id")`,
    );
    await q.query(
      `ALTER TABLE "measure_assignees" ADD CONSTRAINT "FK_measure_assignees_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_assignees" ADD CONSTRAINT "FK_measure_assignees_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_assignees" ADD CONSTRAINT "FK_measure_assignees_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measure_assignees" ADD CONSTRAINT "FK_measure_assignees_assigned_by" FOREIGN KEY ("assigned_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await enableTenantRls(q, 'measure_assignees');
    // No UPDATE: an assignment is made or removed, never edited.
    await q.query(`GRANT SELECT, INSERT, DELETE ON measure_assignees TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "measure_assignees"`);
  }
}
