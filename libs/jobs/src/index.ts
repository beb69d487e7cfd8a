export * from './job-handlers-check';
export * from './job-options';
export * from './job-queue.service';
export * from './job-schedules';
export * from './jobs.module';
export * from './queue-contract';
export * from './redis-connection';
export * from './redis.module';
