import { EntityManager } from 'typeorm';

/**
 * Whether anything was recorded against a fiscal year's framework: indicator scores, measures or OIT
 * answers. From then on the year's published revision stays as it is — estimates were made with it — and
 * a change is a new published revision. Read as the caller; admins and the system see every organization.
 */
export async function frameworkYearInUse(em: EntityManager, fiscalYear: number): Promise<boolean> {
  const [{ used }]: { used: boolean }[] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM indicator_scores WHERE fiscal_year = $1)
         OR EXISTS (SELECT 1 FROM measures WHERE fiscal_year = $1)
         OR EXISTS (SELECT 1 FROM oit_item_statuses WHERE fiscal_year = $1) AS used`,
    [fiscalYear],
  );
  return used;
}

/** The next free revision number of a year (drafts included). */
export async function nextFrameworkRevision(em: EntityManager, fiscalYear: number): Promise<number> {
  const [{ next }]: { next: number }[] = await em.query(
    `SELECT coalesce(max(revision), 0)::int + 1 AS next FROM framework_versions WHERE fiscal_year = $1`,
    [fiscalYear],
  );
  return next;
}

/** Makes `versionId` (a PUBLISHED version) the year's current framework: what every reader scores with. */
export async function pointFrameworkAt(em: EntityManager, versionId: string): Promise<void> {
  await em.query(
    `INSERT INTO frameworks (fiscal_year, version_id, revision, pass_threshold, definition, updated_at)
     SELECT fiscal_year, id, revision, (definition->>'passThreshold')::numeric, definition, now()
     FROM framework_versions WHERE id = $1 AND status = 'PUBLISHED'
     ON CONFLICT (fiscal_year) DO UPDATE SET version_id = EXCLUDED.version_id, revision = EXCLUDED.revision,
       pass_threshold = EXCLUDED.pass_threshold, definition = EXCLUDED.definition, updated_at = now()`,
    [versionId],
  );
}
