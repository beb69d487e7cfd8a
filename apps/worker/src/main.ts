import 'reflect-metadata';
import { ConfigValidationError, loadConfigFromProcess } from '@prongsai/config';
import { explainConnectionError, preflight } from '@prongsai/database';
import { createWorkerApp } from './bootstrap';

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
    await createWorkerApp(config);
    console.log(`Prongsai worker started (queue prefix "${config.redis.queuePrefix}")`);
  } catch (err) {
    console.error(explainConnectionError(err, config) ?? err);
    process.exit(1);
  }
}

void main();
