import 'reflect-metadata';
import { runScript } from './lib/run-script';
import { seed } from './lib/tasks';

runScript('db:seed', async (config) => {
  const s = await seed(config);
  console.log(
    `Seeded ${s.organizations} organizations, frameworks FY${s.frameworks.join(', FY')}` +
      (s.demoUsers === null ? ' (no demo accounts: production)' : `, ${s.demoUsers} demo accounts`),
  );
});
