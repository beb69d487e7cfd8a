import { EntityManager } from 'typeorm';
import { FrameworkDefinition, loadBundledFrameworks } from '../framework-definition';

/**
 * Loads the bundled frameworks into the `frameworks` table. Idempotent: keyed by fiscal year, a re-run
 * replaces the definition with the bundled one (the JSON files are the source of truth).
 * Returns the fiscal years written.
 */
export async function seedFrameworks(
  em: EntityManager,
  frameworks: readonly FrameworkDefinition[] = loadBundledFrameworks(),
): Promise<number[]> {
  for (const fw of frameworks) {
    await em.query(
      `INSERT INTO frameworks (fiscal_year, pass_threshold, definition, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (fiscal_year) DO UPDATE
         SET pass_threshold = EXCLUDED.pass_threshold, definition = EXCLUDED.definition, updated_at = now()`,
      [fw.fiscalYear, fw.passThreshold, JSON.stringify(fw)],
    );
  }
  return frameworks.map((fw) => fw.fiscalYear);
}
