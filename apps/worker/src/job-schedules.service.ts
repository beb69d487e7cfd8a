import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import {
  ALL_QUEUES,
  JOB_QUEUE,
  JOB_SCHEDULES,
  jobOptions,
  JobQueue,
  SCHEDULE_TIME_ZONE,
} from '@prongsai/jobs';

/**
 * Upserts the job schedulers of JOB_SCHEDULES at start (a scheduler id exists once however often the worker
 * starts or how many replicas run), removes schedulers no longer listed, and upserts again whenever the
 * Redis connection comes back: a Redis restart without persistence loses them.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobSchedules.name);

  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private restoring = false;

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertAll();
    const client = await this.jobs.queue(JOB_QUEUE[JOB_SCHEDULES[0].job]).client;
    // The connection is up now, so its next 'ready' is a reconnect.
    client.on('ready', () => void this.restore());
  }

  /** After a reconnect: upsert again, retrying every second while the connection is still settling. */
  private async restore(): Promise<void> {
    if (this.restoring) return;
    this.restoring = true;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.upsertAll();
          return;
        } catch (err) {
          if (attempt >= 60) {
            this.logger.error({ err: (err as Error).message }, 'could not restore job schedulers');
            return;
          }
          await new Promise((r) => setTimeout(r, 1000).unref());
        }
      }
    } finally {
      this.restoring = false;
    }
  }

  async upsertAll(): Promise<void> {
    for (const s of JOB_SCHEDULES) {
      const { attempts, backoff, removeOnComplete, removeOnFail } = jobOptions(s.job, s.data, this.config);
      await this.jobs
        .queue(JOB_QUEUE[s.job])
        .upsertJobScheduler(
          s.id,
          { pattern: s.pattern, tz: SCHEDULE_TIME_ZONE },
          { name: s.job, data: s.data, opts: { attempts, backoff, removeOnComplete, removeOnFail } },
        );
    }
    const wanted = new Set(JOB_SCHEDULES.map((s) => s.id));
    for (const queue of ALL_QUEUES) {
      for (const scheduler of await this.jobs.queue(queue).getJobSchedulers()) {
        if (!wanted.has(scheduler.key)) {
          await this.jobs.queue(queue).removeJobScheduler(scheduler.key);
          this.logger.log({ queue, scheduler: scheduler.key }, 'removed an unlisted job scheduler');
        }
      }
    }
    this.logger.log({ schedulers: [...wanted] }, 'job schedulers upserted');
  }
}
