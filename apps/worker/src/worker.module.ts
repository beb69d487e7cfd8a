import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { RedisModule } from '@prongsai/jobs';

/** The worker's composition root: BullMQ processors that call lib services (no HTTP, no GraphQL). */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DatabaseModule.forRoot({ mountMiddleware: false }),
        RedisModule,
      ],
    };
  }
}
