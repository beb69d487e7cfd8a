/**
 * Prints the SQL that would bring a freshly migrated scratch database in line with the entities.
 * Use it to draft a new migration (then review it, and add RLS policies/grants by hand):
 *   npm run db:migration:generate
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '@prongsai/config';
import { ensureDatabase, ownerDataSourceOptions } from '@prongsai/database';
import { ALL_ENTITIES } from './entities';

async function main() {
  const config = loadConfigFromProcess();
  const url = new URL(config.database.ownerUrl);
  url.pathname = `/prongsai_scratch_${process.pid}`;
  await ensureDatabase(url.toString());
  const ds = new DataSource({
    ...ownerDataSourceOptions(
      { ...config, database: { ...config.database, ownerUrl: url.toString() } },
      ALL_ENTITIES,
    ),
  });
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries) console.log(`${q.query};`);
  } finally {
    await ds.destroy();
    const admin = new URL(url.toString());
    admin.pathname = '/postgres';
    const cleanup = new DataSource({ type: 'postgres', url: admin.toString() });
    await cleanup.initialize();
    await cleanup.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await cleanup.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
