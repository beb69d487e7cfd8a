import 'reflect-metadata';
import { startProcess } from '@prongsai/bootstrap';
import { createApiApp } from './bootstrap';

startProcess(async (config) => {
  const app = await createApiApp(config);
  await app.listen(config.http.port, '0.0.0.0');
  return `Prongsai API listening on http://localhost:${config.http.port}/graphql (health: /health)`;
});
