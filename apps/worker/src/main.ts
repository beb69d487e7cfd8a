import 'reflect-metadata';
import { startProcess } from '@prongsai/bootstrap';
import { createWorkerApp } from './bootstrap';

startProcess(async (config) => {
  await createWorkerApp(config);
  return `Prongsai worker started (queue prefix "${config.redis.queuePrefix}")`;
});
