import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frameworks become versioned data an admin edits (issue 15):
 *
 * - `framework_versions` holds every revision of every fiscal year's framework: DRAFT while an admin edits
 *   it, PUBLISHED once published (then never changed again). At most one draft per year; revisions are
 *   numbered per year from 1.
 * - `frameworks` stays what every reader (scoring, roll-up SQL, the nightly recompute) reads — the year's
 *   current published framework — and now says which version and revision that is.
 * - `organization_progress.framework_revision`: the revision an estimate was computed with.
 * - Carry-over: a measure copied into the next year points at its origin (`carried_over_from_id`, unique, so
 *   a measure is carried over once however often the lead asks), and the origin gets the final status
 *   CARRIED_OVER (no more reminders, never counted as completed).
 *
 * Frameworks are reference data (no organization_id): everyone reads them; RLS is enabled (not forced, so
 * the owner's seed is unaffected) and lets the runtime role write only as an admin or the system.
 */
export class FrameworkVersions1732630000000 implements MigrationInterface {
  name = 'FrameworkVersions1732630000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."framework_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await q.query(
      `CREATE TYPE "public"."framework_source" AS ENUM('BUNDLED', 'COPY', 'IMPORT_JSON', 'IMPORT_XLSX')`,
    );
    await q.query(
      `CREATE TABLE "framework_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fiscal_year" integer NOT NULL, "revision" integer NOT NULL, "status" "public"."framework_status" NOT NULL DEFAULT 'DRAFT', "source" "public"."framework_source" NOT NULL, "note" text, "confirmed_by_nacc" boolean NOT NULL DEFAULT false, "copied_from_id" uuid, "definition" jsonb NOT NULL, "created_by" uuid, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_framework_versions_published" CHECK (("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)), CONSTRAINT "CHK_framework_versions_revision" CHECK ("revision" >= 1), CONSTRAINT "PK_framework_versions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_framework_versions_year_revision" ON "framework_versions" ("fiscal_year", "revision")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_framework_versions_one_draft" ON "framework_versions" ("fiscal_year") WHERE status = 'DRAFT'`,
    );
    await q.query(
      `ALTER TABLE "framework_versions" ADD CONSTRAINT "FK_framework_versions_copied_from" FOREIGN KEY ("copied_from_id") REFERENCES "framework_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "framework_versions" ADD CONSTRAINT "FK_framework_versions_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "framework_versions" ADD CONSTRAINT "FK_framework_versions_published_by" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    // The years already seeded become their revision 1, as shipped.
    await q.query(`INSERT INTO framework_versions
        (fiscal_year, revision, status, source, note, confirmed_by_nacc, definition, published_at)
      SELECT fiscal_year, 1, 'PUBLISHED', 'BUNDLED', NULL, fiscal_year = 2566, definition, updated_at FROM frameworks`);
    await q.query(`ALTER TABLE "frameworks" ADD "version_id" uuid`);
    await q.query(`ALTER TABLE "frameworks" ADD "revision" integer`);
    await q.query(`UPDATE frameworks f SET version_id = v.id, revision = v.revision
      FROM framework_versions v WHERE v.fiscal_year = f.fiscal_year`);
    await q.query(`ALTER TABLE "frameworks" ALTER COLUMN "version_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "frameworks" ALTER COLUMN "revision" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "frameworks" ADD CONSTRAINT "FK_frameworks_version" FOREIGN KEY ("version_id") REFERENCES "framework_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_frameworks_version_id" ON "frameworks" ("version_id")`);

    // Rows computed before revisions existed were computed with revision 1, the only one there was.
    await q.query(`ALTER TABLE "organization_progress" ADD "framework_revision" integer NOT NULL DEFAULT 1`);

    // A new enum value cannot be used in the transaction that adds it; nothing below uses it.
    await q.query(`ALTER TYPE "public"."measure_status" ADD VALUE IF NOT EXISTS 'CARRIED_OVER'`);
    await q.query(`ALTER TABLE "measures" ADD "carried_over_from_id" uuid`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_measures_carried_over_from_id" ON "measures" ("carried_over_from_id")`,
    );
    await q.query(
      `ALTER TABLE "measures" ADD CONSTRAINT "FK_measures_carried_over_from" FOREIGN KEY ("carried_over_from_id") REFERENCES "measures"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    for (const table of ['frameworks', 'framework_versions']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY reference_read ON "${table}" FOR SELECT USING (true)`);
      await q.query(
        `CREATE POLICY admin_insert ON "${table}" FOR INSERT WITH CHECK ((SELECT prongsai_sees_all()))`,
      );
      await q.query(
        `CREATE POLICY admin_update ON "${table}" FOR UPDATE USING ((SELECT prongsai_sees_all())) WITH CHECK ((SELECT prongsai_sees_all()))`,
      );
      await q.query(
        `CREATE POLICY admin_delete ON "${table}" FOR DELETE USING ((SELECT prongsai_sees_all()))`,
      );
    }
    // Drafts are deleted when discarded; published versions are kept (the RESTRICT key and the service).
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON framework_versions TO prongsai_app`);
    await q.query(`GRANT INSERT, UPDATE ON frameworks TO prongsai_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT, UPDATE ON frameworks FROM prongsai_app`);
    for (const table of ['frameworks', 'framework_versions']) {
      for (const policy of ['reference_read', 'admin_insert', 'admin_update', 'admin_delete']) {
        await q.query(`DROP POLICY IF EXISTS ${policy} ON "${table}"`);
      }
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_measures_carried_over_from"`);
    await q.query(`DROP INDEX "UQ_measures_carried_over_from_id"`);
    await q.query(`ALTER TABLE "measures" DROP COLUMN "carried_over_from_id"`);
    // PostgreSQL cannot drop an enum value: CARRIED_OVER measures go back to PLANNED and the value stays.
    await q.query(`UPDATE measures SET status = 'PLANNED' WHERE status::text = 'CARRIED_OVER'`);
    await q.query(`ALTER TABLE "organization_progress" DROP COLUMN "framework_revision"`);
    await q.query(`ALTER TABLE "frameworks" DROP CONSTRAINT "FK_frameworks_version"`);
    await q.query(`DROP INDEX "UQ_frameworks_version_id"`);
    // Each year keeps its current published definition.
    await q.query(`ALTER TABLE "frameworks" DROP COLUMN "revision"`);
    await q.query(`ALTER TABLE "frameworks" DROP COLUMN "version_id"`);
    await q.query(`DROP TABLE "framework_versions"`);
    await q.query(`DROP TYPE "public"."framework_source"`);
    await q.query(`DROP TYPE "public"."framework_status"`);
  }
}
