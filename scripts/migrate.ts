import 'reflect-metadata';
import { runScript } from './lib/run-script';
import { migrate } from './lib/tasks';

runScript('db:migrate', async (config) => {
  const applied = await migrate(config);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
});
