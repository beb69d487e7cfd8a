import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { JobsModule, RedisModule } from '@prongsai/jobs';

/**
 * An operator's one-off command (admin:create): the platform modules the worker composes (config, database,
 * Redis, the queue contract) and the feature modules the command calls, with no HTTP, no queue consumers and
 * no schedules. What the command queues (an email) is sent by the running worker.
 */
@Module({})
class CommandModule {
  static forRoot(config: AppConfig, features: readonly (Type | DynamicModule)[]): DynamicModule {
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
  features: readonly (Type | DynamicModule)[],
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
