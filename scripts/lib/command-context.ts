import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { JobsModule, RedisModule } from '@prongsai/jobs';

type ModuleImport = NonNullable<DynamicModule['imports']>[number];

/**
 * A worker-like application context: the platform modules apps/worker composes (config, database, Redis,
 * the queue contract) and the feature modules a caller needs, without HTTP, queue consumers or schedules.
 * For an operator's one-off command (admin:create: what it queues, an email, is sent by the running worker)
 * and for the bench's scenarios (they call the lib services the worker's handlers call and time them).
 */
@Module({})
class CommandModule {
  static forRoot(config: AppConfig, features: readonly ModuleImport[]): DynamicModule {
    return {
      module: CommandModule,
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

/** Runs `fn` with the command's application context, closed afterwards (also on failure). */
export async function withCommandContext<T>(
  config: AppConfig,
  features: readonly ModuleImport[],
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CommandModule.forRoot(config, features), {
    logger: ['error', 'warn'],
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
