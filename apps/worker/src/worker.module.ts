import { DynamicModule, Module, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { JobsModule, RedisModule } from '@prongsai/jobs';
import { LinkCheckModule } from '@prongsai/link-check';
import { OutboxModule } from '@prongsai/outbox';
import { PeopleModule } from '@prongsai/people';
import { PostersModule } from '@prongsai/posters';
import { ProgressModule } from '@prongsai/progress';
import { RemindersModule } from '@prongsai/reminders';
import { ReportsModule } from '@prongsai/reports';
import { JobSchedules } from './job-schedules.service';
import { OutboxSweep } from './outbox-sweep.service';
import { DocumentsProcessor } from './processors/documents.processor';
import { LinksProcessor } from './processors/links.processor';
import { MailProcessor } from './processors/mail.processor';
import { PeopleProcessor } from './processors/people.processor';
import { PostersProcessor } from './processors/posters.processor';
import { ProgressProcessor } from './processors/progress.processor';
import { RemindersProcessor } from './processors/reminders.processor';
import { QueueWorkers } from './queue-workers.service';

/** The worker's composition root: BullMQ processors that call lib services (no HTTP, no GraphQL). */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, extraModules: readonly (Type | DynamicModule)[] = []): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DatabaseModule.forRoot({ mountMiddleware: false }),
        RedisModule,
        JobsModule.forRoot(),
        OutboxModule,
        RemindersModule,
        ProgressModule,
        PeopleModule,
        LinkCheckModule,
        PostersModule,
        ReportsModule,
        ...extraModules,
      ],
      providers: [
        MailProcessor,
        RemindersProcessor,
        ProgressProcessor,
        PeopleProcessor,
        LinksProcessor,
        PostersProcessor,
        DocumentsProcessor,
        QueueWorkers,
        JobSchedules,
        OutboxSweep,
      ],
    };
  }
}
