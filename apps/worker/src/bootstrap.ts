import { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@prongsai/config';
import { WorkerModule } from './worker.module';

/**
 * Builds the worker (used by main.ts and by the tests, so both run the same wiring). Tests may add modules,
 * e.g. a test-only kind of email for the outbox.
 */
export async function createWorkerApp(
  config: AppConfig,
  extraModules: readonly (Type | DynamicModule)[] = [],
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, extraModules), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close the app: BullMQ workers finish or release their in-flight jobs first.
  app.enableShutdownHooks();
  return app;
}
