import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a cached roll-up was computed from (issue 17): one counter per organization (and province it has been
 * in), raised by statement-level triggers in the same transaction as every write a roll-up reads —
 * organizations, organization_progress, measures, oit_item_counts (itself kept by the OIT items' triggers),
 * survey_targets, districts, provinces and frameworks. A province's data version is the sum of its rows, the
 * country's the sum of all; RollupService caches a roll-up under the version it read before computing it, so
 * a write committed since changes the sum and the next request computes afresh.
 *
 * The sums only ever grow: rows are never deleted (no foreign key: a deleted organization's rows are raised
 * one last time and stay) and an organization that moves keeps its old province's row and gains one for the
 * new; otherwise a province's sum could come back to an earlier value with different data behind it. Each
 * province also has a row of its own (the nil uuid), so one without organizations still has a version.
 *
 * Only SECURITY DEFINER functions touch the table, as its owner: the triggers write it, and the API reads a
 * province's (or the country's) sum through `prongsai_rollup_version(province codes)` before any tenant
 * transaction — an aggregate count of writes, no organization id. Row-level security is enabled and forced
 * like on every table with an organization_id, with the owner's policy only (as on memberships): the runtime
 * role has no privilege on the table and no policy, so it can neither read the rows (the organization ids of
 * every LAO) nor change a counter. The organization ids come from the transition tables, never from a read of
 * `organizations`, which row-level security would filter for the writer (a lead sees one organization).
 */
export class RollupVersions1732697000000 implements MigrationInterface {
  name = 'RollupVersions1732697000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "rollup_versions" ("organization_id" uuid NOT NULL, "province_code" character varying(2) NOT NULL, "version" bigint NOT NULL DEFAULT '1', CONSTRAINT "PK_rollup_versions" PRIMARY KEY ("organization_id", "province_code"))`,
    );
    await q.query(`CREATE INDEX "IDX_rollup_versions_province" ON "rollup_versions" ("province_code")`);
    await q.query(`ALTER TABLE "rollup_versions" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "rollup_versions" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY definer_functions ON rollup_versions AS PERMISSIVE FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );
    // The one door of the runtime role: a sum, for the given provinces (NULL: the whole country).
    await q.query(`CREATE FUNCTION prongsai_rollup_version(province_codes text[]) RETURNS text LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce(sum(version), 0)::text FROM rollup_versions
         WHERE province_codes IS NULL OR province_code = ANY (province_codes) $$`);
    await q.query(
      `INSERT INTO rollup_versions (organization_id, province_code) SELECT id, province_code FROM organizations
       UNION ALL SELECT '${PROVINCE_ITSELF}', code FROM provinces`,
    );

    // Raise the rows of some organizations, locking them in one order (two bulk writers never deadlock).
    await q.query(`CREATE FUNCTION rollup_versions_raise(ids uuid[]) RETURNS void LANGUAGE sql
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH locked AS (
          SELECT organization_id, province_code FROM rollup_versions
           WHERE organization_id = ANY (ids) ORDER BY organization_id, province_code FOR UPDATE)
        UPDATE rollup_versions v SET version = v.version + 1 FROM locked l
         WHERE v.organization_id = l.organization_id AND v.province_code = l.province_code $$`);

    // Tables whose rows belong to one organization.
    await raisingFunction(q, 'organization_rows', (rows) => `SELECT organization_id FROM ${rows}`);
    for (const table of ROWS_OF_AN_ORGANIZATION) await statementTriggers(q, table, 'organization_rows');

    // Organizations: a new one gets its row; a changed, moved or deleted one raises every row it has.
    await q.query(`CREATE FUNCTION rollup_versions_organizations() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM rollup_versions_raise(ARRAY(SELECT id FROM old_rows));
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO rollup_versions AS v (organization_id, province_code)
          SELECT id, province_code FROM new_rows
          ON CONFLICT (organization_id, province_code) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await statementTriggers(q, 'organizations', 'organizations');

    // Names of districts and provinces appear in roll-ups: a change raises the rows of that province; a
    // framework (grades, OIT items per LAO) is every province's.
    const ofProvinces = (codes: string) =>
      `SELECT organization_id FROM rollup_versions WHERE province_code IN (${codes})`;
    await raisingFunction(q, 'districts', (rows) => ofProvinces(`SELECT province_code FROM ${rows}`));
    await statementTriggers(q, 'districts', 'districts');
    // A province is listed in the national roll-up even before it has an organization: each has a row of its
    // own (the nil uuid for the organization), so adding one changes the country's sum too.
    await q.query(`CREATE FUNCTION rollup_versions_provinces() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM rollup_versions_raise(ARRAY(${ofProvinces('SELECT code FROM old_rows')}));
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO rollup_versions AS v (organization_id, province_code)
          SELECT '${PROVINCE_ITSELF}', code FROM new_rows
          ON CONFLICT (organization_id, province_code) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await statementTriggers(q, 'provinces', 'provinces');
    await raisingFunction(q, 'frameworks', () => `SELECT organization_id FROM rollup_versions`);
    await statementTriggers(q, 'frameworks', 'frameworks');
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      ...ROWS_OF_AN_ORGANIZATION,
      'organizations',
      'districts',
      'provinces',
      'frameworks',
    ]) {
      for (const event of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER IF EXISTS rollup_versions_${event} ON "${table}"`);
    }
    for (const fn of ['organization_rows', 'organizations', 'districts', 'provinces', 'frameworks'])
      await q.query(`DROP FUNCTION IF EXISTS rollup_versions_${fn}()`);
    await q.query(`DROP FUNCTION IF EXISTS rollup_versions_raise(uuid[])`);
    await q.query(`DROP FUNCTION IF EXISTS prongsai_rollup_version(text[])`);
    await q.query(`DROP TABLE IF EXISTS "rollup_versions"`);
  }
}

/** The organization id of a province's own row (the nil uuid: no organization has it). */
const PROVINCE_ITSELF = '00000000-0000-0000-0000-000000000000';

const ROWS_OF_AN_ORGANIZATION = ['organization_progress', 'measures', 'oit_item_counts', 'survey_targets'];

/** A trigger function raising the organizations `select` finds in the transition tables of its event. */
async function raisingFunction(
  q: QueryRunner,
  name: string,
  select: (rows: string) => string,
): Promise<void> {
  await q.query(`CREATE FUNCTION rollup_versions_${name}() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      -- Each branch reads only the transition tables its event has.
      IF TG_OP = 'INSERT' THEN
        PERFORM rollup_versions_raise(ARRAY(${select('new_rows')}));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM rollup_versions_raise(ARRAY(${select('new_rows')} UNION ${select('old_rows')}));
      ELSE
        PERFORM rollup_versions_raise(ARRAY(${select('old_rows')}));
      END IF;
      RETURN NULL;
    END $$`);
}

async function statementTriggers(q: QueryRunner, table: string, name: string): Promise<void> {
  const fn = `rollup_versions_${name}()`;
  await q.query(`CREATE TRIGGER rollup_versions_insert AFTER INSERT ON "${table}"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
  await q.query(`CREATE TRIGGER rollup_versions_update AFTER UPDATE ON "${table}"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
  await q.query(`CREATE TRIGGER rollup_versions_delete AFTER DELETE ON "${table}"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
}
