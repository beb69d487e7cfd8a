import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '@prongsai/config';
import { MIGRATIONS } from './migrations';

const common = {
  type: 'postgres' as const,
  synchronize: false,
  migrationsRun: false,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  // Timestamps are stored as timestamptz and handed out as JS Dates; dates (no time) stay 'YYYY-MM-DD' strings.
  parseInt8: true,
  // gen_random_uuid() is core since PostgreSQL 13: no extension (and no superuser) needed.
  uuidExtension: 'pgcrypto' as const,
  installExtensions: false,
};

/** The API and the worker: the app role, subject to row-level security. */
export function runtimeDataSourceOptions(config: AppConfig): DataSourceOptions {
  return { ...common, url: config.database.appUrl, extra: { max: 10, application_name: 'prongsai' } };
}

/** Migrations, seeding, role creation: the owner. Never used to serve requests. */
export function ownerDataSourceOptions(
  config: AppConfig,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    ...common,
    url: config.database.ownerUrl,
    entities,
    extra: { max: 2, application_name: 'prongsai-owner' },
  };
}
