import './register-paths';
import 'reflect-metadata';
import { migrate, seed } from '../../scripts/lib/tasks';
import { newRunId, RUN_ID_VAR, templateDbName, testConfig } from './test-env';

/**
 * Builds one template database per run (migrated, reference data and demo accounts seeded); each test file
 * then clones it (CREATE DATABASE … TEMPLATE), which takes ~100 ms instead of re-running migrations.
 */
export default async function globalSetup(): Promise<void> {
  // The browser tests (test/web) drive the built web app that TestApp serves: rebuild it only when its
  // sources are newer than the build (a second or two), never the server, which ts-jest runs from source.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../../scripts/build-if-needed') as { ensureBuilt(o: object): void }).ensureBuilt({
    server: false,
  });
  process.env[RUN_ID_VAR] = newRunId();
  const config = testConfig(templateDbName(process.env[RUN_ID_VAR]));
  await migrate(config);
  await seed(config);
}
