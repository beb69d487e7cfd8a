import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls-sql';

/**
 * What the province and national roll-ups (libs/rollup) need to stay fast at national scale
 * (7,850 LAOs; measured by `npm run bench`, see docs/scaling.md):
 *
 * 1. `IDX_organization_progress_rollup`: every column a roll-up reads from the stored progress, so it is an
 *    index-only scan of ~100 bytes per row instead of the ~1.5 kB rows (the per-indicator JSON) of the
 *    table: 1.5 MB instead of 24 MB for the whole country's two years.
 *
 * 2. `IDX_measures_open_due`: a partial index over open measures only, so "overdue today" is counted when
 *    read (it moves at midnight without any write) from an index-only range scan, not from every measure.
 *
 * 3. `oit_item_counts`: published / accepted OIT items per organization and year, kept by statement-level
 *    triggers on `oit_item_statuses` in the same transaction as the change. Counting the 43 item rows of
 *    every organization at read time is 675,000 rows nationally — most of a national roll-up's time — and
 *    for a supervisor every row read also pays the row-level-security check. The triggers add deltas
 *    (`count = count + Δ`), so concurrent changes to one organization serialize on its counter row instead
 *    of overwriting each other; they run as the caller (SECURITY INVOKER), so the counter rows obey the
 *    same tenant policy as the items. Deletions only ever UPDATE (an organization deleted by cascade takes
 *    its counter row with it).
 */
export class RollupIndexes1732580000000 implements MigrationInterface {
  name = 'RollupIndexes1732580000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_organization_progress_rollup" ON "organization_progress" ("fiscal_year", "organization_id", "passing", "grade", "estimated_score", "gap_to_pass", "pass_threshold", "measures_total", "measures_completed", "computed_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_measures_open_due" ON "measures" ("organization_id", "fiscal_year", "due_date") WHERE status IN ('PLANNED', 'IN_PROGRESS')`,
    );

    await q.query(
      `CREATE TABLE "oit_item_counts" ("organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "published" integer NOT NULL DEFAULT '0', "accepted" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_oit_item_counts" PRIMARY KEY ("organization_id", "fiscal_year"))`,
    );
    await q.query(
      `ALTER TABLE "oit_item_counts" ADD CONSTRAINT "FK_oit_item_counts_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await enableTenantRls(q, 'oit_item_counts');
    // Written only through the triggers, which run as the writer of the item rows.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON oit_item_counts TO prongsai_app`);

    // One function for the three triggers: each branch reads only the transition tables its event has.
    const counted = (rows: string, sign: string) => `
      SELECT organization_id, fiscal_year,
             ${sign}count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
             ${sign}count(*) FILTER (WHERE status = 'PUBLISHED' AND review = 'ACCEPTED') AS accepted
        FROM ${rows} GROUP BY organization_id, fiscal_year`;
    const upsert = (deltas: string) => `
      INSERT INTO oit_item_counts AS c (organization_id, fiscal_year, published, accepted)
      SELECT organization_id, fiscal_year, sum(published), sum(accepted) FROM (${deltas}) d
       GROUP BY organization_id, fiscal_year
      HAVING sum(published) <> 0 OR sum(accepted) <> 0
      ON CONFLICT (organization_id, fiscal_year) DO UPDATE
        SET published = c.published + EXCLUDED.published, accepted = c.accepted + EXCLUDED.accepted`;
    await q.query(`CREATE FUNCTION oit_item_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert(counted('new_rows', ''))};
        ELSIF TG_OP = 'UPDATE' THEN
          -- What the new versions count, minus what the old versions counted.
          ${upsert(`${counted('new_rows', '')} UNION ALL ${counted('old_rows', '-')}`)};
        ELSE
          UPDATE oit_item_counts c
             SET published = c.published - d.published, accepted = c.accepted - d.accepted
            FROM (${counted('old_rows', '')}) d
           WHERE c.organization_id = d.organization_id AND c.fiscal_year = d.fiscal_year
             AND (d.published <> 0 OR d.accepted <> 0);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER oit_item_counts_insert AFTER INSERT ON oit_item_statuses
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oit_item_counts_apply()`);
    await q.query(`CREATE TRIGGER oit_item_counts_update AFTER UPDATE ON oit_item_statuses
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oit_item_counts_apply()`);
    await q.query(`CREATE TRIGGER oit_item_counts_delete AFTER DELETE ON oit_item_statuses
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION oit_item_counts_apply()`);

    // Items written before this migration. As the system: the owner may be subject to forced RLS.
    await q.query(`SELECT set_config('prongsai.system', 'on', true)`);
    await q.query(`INSERT INTO oit_item_counts (organization_id, fiscal_year, published, accepted)
      ${counted('oit_item_statuses', '')}`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['oit_item_counts_insert', 'oit_item_counts_update', 'oit_item_counts_delete']) {
      await q.query(`DROP TRIGGER IF EXISTS ${t} ON oit_item_statuses`);
    }
    await q.query(`DROP FUNCTION IF EXISTS oit_item_counts_apply()`);
    await q.query(`DROP TABLE IF EXISTS "oit_item_counts"`);
    await q.query(`DROP INDEX IF EXISTS "IDX_measures_open_due"`);
    await q.query(`DROP INDEX IF EXISTS "IDX_organization_progress_rollup"`);
  }
}
