import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule, TenantTransaction } from '@prongsai/database';
import { JobName, JobsModule, RedisModule } from '@prongsai/jobs';
import { ProgressModule, ProgressService } from '@prongsai/progress';
import { ReminderScanService, RemindersModule, ScanResult } from '@prongsai/reminders';
import { ProgressProcessor } from '../../apps/worker/src/processors/progress.processor';

/**
 * The worker's real services (progress recompute, reminder scan) wired as in apps/worker, but without its
 * queue consumers and schedules: the benchmark calls the handlers directly and times them, and nothing
 * sends the e-mails the scan queues.
 */
@Module({})
class BenchWorkerModule {
  static forRoot(config: AppConfig) {
    return {
      module: BenchWorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot({ mountMiddleware: false }),
        RedisModule,
        JobsModule.forRoot(),
        RemindersModule,
        ProgressModule,
      ],
      providers: [ProgressProcessor],
    };
  }
}

/** Organizations per recomputeMany call, as in the worker's nightly run. */
const BATCH = 250;

export class WorkerTasks {
  private constructor(private readonly app: INestApplicationContext) {}

  static async create(config: AppConfig): Promise<WorkerTasks> {
    const app = await NestFactory.createApplicationContext(BenchWorkerModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    return new WorkerTasks(app);
  }

  /** The worker's nightly job (`recompute-all-progress`, current fiscal year), run by its own handler. */
  async recomputeAll(): Promise<unknown> {
    const processor = this.app.get(ProgressProcessor);
    return processor.handlers[JobName.RecomputeAllProgress]({}, undefined as never);
  }

  /**
   * A past year the nightly job no longer covers: the same ProgressService.recomputeMany the job calls, in
   * the same batches, as the system.
   */
  async recomputeYear(fiscalYear: number): Promise<number> {
    const tx = this.app.get(TenantTransaction);
    const progress = this.app.get(ProgressService);
    const ids: string[] = (
      await tx.asSystem('bench: list organizations', (em) =>
        em.query<{ id: string }[]>(`SELECT id FROM organizations ORDER BY id`),
      )
    ).map((r) => r.id);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      await tx.asSystem(`bench: recompute ${fiscalYear}`, () => progress.recomputeMany(batch, fiscalYear));
    }
    return ids.length;
  }

  /** The worker's reminder scan (INSERT … SELECT into the outbox, then one send job per new row). */
  reminderScan(asOf: string): Promise<ScanResult> {
    return this.app.get(ReminderScanService).scan(asOf, 'bench reminder scan');
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
