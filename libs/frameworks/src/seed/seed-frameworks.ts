import { EntityManager } from 'typeorm';
import { BundledFrameworkRelease, bundledFrameworkReleases } from '../framework-definition';
import { frameworkYearInUse, nextFrameworkRevision, pointFrameworkAt } from '../framework-year-use';

export type SeedFrameworkOutcome =
  'created' | 'unchanged' | 'refreshed' | 'new-revision' | 'kept-admin-revision';

/**
 * Loads the bundled frameworks (FY2565–2567 and the provisional FY2568–2570) as PUBLISHED versions with
 * source BUNDLED. Idempotent, and it never undoes an admin's work:
 *
 * - a year without a framework gets revision 1;
 * - a year whose current revision is an admin's (copied, imported) is left alone;
 * - a year whose current revision is bundled and differs from the code: updated in place while nothing was
 *   recorded for the year, else published as a new revision (estimates already made keep theirs).
 *
 * Returns the fiscal years seeded (all of them, whatever the outcome).
 */
export async function seedFrameworks(
  em: EntityManager,
  releases: readonly BundledFrameworkRelease[] = bundledFrameworkReleases(),
): Promise<number[]> {
  for (const release of releases) await seedOne(em, release);
  return releases.map((r) => r.definition.fiscalYear);
}

export async function seedOne(
  em: EntityManager,
  release: BundledFrameworkRelease,
): Promise<SeedFrameworkOutcome> {
  const { definition, confirmedByNacc, note } = release;
  const json = JSON.stringify(definition);
  const [current]: { id: string; source: string; same: boolean; same_definition: boolean }[] = await em.query(
    `SELECT v.id, v.source::text AS source, v.definition = $2::jsonb AS same_definition,
            (v.definition = $2::jsonb AND v.note IS NOT DISTINCT FROM $3 AND v.confirmed_by_nacc = $4) AS same
     FROM frameworks f JOIN framework_versions v ON v.id = f.version_id WHERE f.fiscal_year = $1`,
    [definition.fiscalYear, json, note, confirmedByNacc],
  );
  if (current && current.source !== 'BUNDLED') return 'kept-admin-revision';
  if (current?.same) return 'unchanged';
  // Only what the seed says about it changed (its note, whether it is confirmed): no estimate depends on that.
  if (current?.same_definition) {
    await em.query(
      `UPDATE framework_versions SET note = $2, confirmed_by_nacc = $3, updated_at = now() WHERE id = $1`,
      [current.id, note, confirmedByNacc],
    );
    return 'refreshed';
  }
  if (current && !(await frameworkYearInUse(em, definition.fiscalYear))) {
    await em.query(
      `UPDATE framework_versions SET definition = $2::jsonb, note = $3, confirmed_by_nacc = $4, updated_at = now()
       WHERE id = $1`,
      [current.id, json, note, confirmedByNacc],
    );
    await pointFrameworkAt(em, current.id);
    return 'refreshed';
  }
  const revision = await nextFrameworkRevision(em, definition.fiscalYear);
  const [{ id }]: { id: string }[] = await em.query(
    `INSERT INTO framework_versions
       (fiscal_year, revision, status, source, note, confirmed_by_nacc, definition, published_at)
     VALUES ($1, $2, 'PUBLISHED', 'BUNDLED', $3, $4, $5::jsonb, now()) RETURNING id`,
    [definition.fiscalYear, revision, note, confirmedByNacc, json],
  );
  await pointFrameworkAt(em, id);
  return current ? 'new-revision' : 'created';
}
