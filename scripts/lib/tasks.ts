import { DataSource } from 'typeorm';
import { AppConfig } from '@prongsai/config';
import { applyTenantContext, ensureDatabase, ownerDataSourceOptions } from '@prongsai/database';
import { seedFrameworks } from '@prongsai/frameworks';
import { seedReferenceData } from '@prongsai/organizations';
import { seedDemoUsers } from '@prongsai/auth';
import { seedDemoSurveyWindows } from '@prongsai/surveys';
import { ALL_ENTITIES } from '../entities';

export async function withOwner<T>(config: AppConfig, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(ownerDataSourceOptions(config, ALL_ENTITIES));
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

/** Creates the database if missing, applies pending migrations, and gives the runtime role its password. */
export async function migrate(config: AppConfig): Promise<string[]> {
  await ensureDatabase(config.database.ownerUrl);
  return withOwner(config, async (ds) => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    const app = new URL(config.database.appUrl);
    if (app.password) {
      // Production supplies DATABASE_APP_URL with a password: keep the role's password in step with it.
      const pw = decodeURIComponent(app.password).replace(/'/g, "''");
      await ds.query(`ALTER ROLE prongsai_app PASSWORD '${pw}'`);
    }
    return applied.map((m) => m.name);
  });
}

export interface SeedSummary {
  organizations: number;
  frameworks: number[];
  demoUsers: number | null;
}

/**
 * Reference data (geography, organizations, each fiscal year's ITA framework) always; demo accounts when
 * `config.demo.seedDemo` (default outside production).
 * Runs as the system context so it works even where the owner is subject to forced RLS (non-superuser).
 */
export async function seed(config: AppConfig): Promise<SeedSummary> {
  return withOwner(config, (ds) =>
    ds.transaction(async (em) => {
      await applyTenantContext(em, { kind: 'system', reason: 'seed' });
      const organizations = await seedReferenceData(em);
      const frameworks = await seedFrameworks(em);
      const demo = config.demo.seedDemo ? await seedDemoUsers(em, config.demo.password) : null;
      if (config.demo.seedDemo) await seedDemoSurveyWindows(em);
      return { organizations, frameworks, demoUsers: demo?.users ?? null };
    }),
  );
}
