import { QueryRunner } from 'typeorm';

/**
 * Creates the runtime login role if missing. It never owns tables, is not a superuser and has no
 * BYPASSRLS, so every policy applies to it. Concurrent migrations (parallel test runs) may race on
 * CREATE ROLE; the loser's error is ignored.
 */
export async function createAppRole(q: QueryRunner): Promise<void> {
  await q.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'prongsai_app') THEN
      BEGIN
        CREATE ROLE prongsai_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
  END $$`);
}

/**
 * Row-level security for a tenant-owned table (one with a non-null, indexed organization_id): enabled and
 * forced (so even the table owner is subject to it, superusers aside), one policy for all commands.
 * The functions are wrapped in (SELECT …) so PostgreSQL evaluates them once per statement, not per row.
 */
export async function enableTenantRls(q: QueryRunner, table: string): Promise<void> {
  await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  const predicate = `(SELECT prongsai_sees_all()) OR organization_id = ANY ((SELECT prongsai_visible_organization_ids())::uuid[])`;
  await q.query(
    `CREATE POLICY tenant_isolation ON "${table}" USING (${predicate}) WITH CHECK (${predicate})`,
  );
}
