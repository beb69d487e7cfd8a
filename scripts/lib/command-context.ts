import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { checkPostgresAndRedis } from '@prongsai/bootstrap';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { ALL_QUEUES, JobQueue, JobsModule, RedisModule } from '@prongsai/jobs';
import { ServiceDownError } from './run-script';

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
  // PostgreSQL or Redis down: say which, in plain words, before Nest's own retries print a wall of stacks
  // (TypeORM retries for half a minute; ioredis logs every refused reconnect).
  const down = await checkPostgresAndRedis(config);
  if (down) throw new ServiceDownError(down);
  const app = await NestFactory.createApplicationContext(CommandModule.forRoot(config, features), {
    logger: ['error', 'warn'],
  });
  try {
    // The queues' connections do not buffer commands (JobsModule): a command that finished before they were
    // ready would enqueue nothing, or close them mid-handshake (an unhandled rejection that ended the process
    // before it said why). Redis down is then a plain failure here.
    const jobs = app.get(JobQueue);
    await Promise.all(ALL_QUEUES.map((name) => jobs.queue(name).waitUntilReady()));
    return await fn(app);
  } finally {
    await app.close();
  }
}
