import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { JobsModule, RedisModule } from '@prongsai/jobs';

type ModuleImport = NonNullable<DynamicModule['imports']>[number];

/**
 * The platform modules apps/worker composes (config, database, Redis, the queue contract) plus the feature
 * modules a scenario needs, without the worker's queue consumers and schedules: a scenario calls the lib
 * services the worker's handlers call and times them, and nothing sends the e-mails a scan queues.
 */
@Module({})
class BenchWorkerModule {
  static forRoot(config: AppConfig, features: ModuleImport[]): DynamicModule {
    return {
      module: BenchWorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot({ mountMiddleware: false }),
        RedisModule,
        JobsModule.forRoot(),
        ...features,
      ],
    };
  }
}

/** Runs `fn` with a worker-like application context, closed afterwards (also on failure). */
export async function withWorkerContext<T>(
  config: AppConfig,
  features: ModuleImport[],
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(BenchWorkerModule.forRoot(config, features), {
    logger: ['error', 'warn'],
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
