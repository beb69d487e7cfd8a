import 'reflect-metadata';
import { adminCreate, parseAdminCreateArgs } from './lib/admin-create';
import { runScript } from './lib/run-script';

runScript('admin:create', async (config) => {
  const args = parseAdminCreateArgs(process.argv.slice(2));
  console.log(await adminCreate(config, args));
});
