import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { JobQueue } from './job-queue.service';
import { ALL_QUEUES } from './queue-contract';
import { redisConnectionOptions } from './redis-connection';

/**
 * The queues (producers) for both apps: BullMQ on REDIS_URL, every key under QUEUE_PREFIX. Processors live
 * in apps/worker. Global because any feature may enqueue.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    return {
      module: JobsModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            // Producers fail fast while Redis is away instead of queueing commands in memory: the outbox
            // keeps what must be sent, and the worker's sweep enqueues it once Redis is back.
            connection: { ...redisConnectionOptions(config), enableOfflineQueue: false },
            prefix: config.redis.queuePrefix,
          }),
        }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
      ],
      providers: [JobQueue],
      exports: [JobQueue, BullModule],
    };
  }
}
