import 'reflect-metadata';
import { ConfigValidationError, loadConfigFromProcess } from '@prongsai/config';
import { explainConnectionError, preflight } from '@prongsai/database';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfigFromProcess();
  } catch (e) {
    console.error(e instanceof ConfigValidationError ? e.message : e);
    process.exit(1);
  }
  const problem = await preflight(config);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  try {
    const app = await createApiApp(config);
    await app.listen(config.http.port, '0.0.0.0');
    console.log(`Prongsai API listening on http://localhost:${config.http.port}/graphql (health: /health)`);
  } catch (err) {
    console.error(explainConnectionError(err, config) ?? err);
    process.exit(1);
  }
}

void main();
