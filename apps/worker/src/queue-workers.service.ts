import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import {
  isJobName,
  jobHandlerProblems,
  JobName,
  JobPayloads,
  QueueName,
  redisConnectionOptions,
} from '@prongsai/jobs';
import { OutboxDelivery } from '@prongsai/outbox';
import { DocumentsProcessor } from './processors/documents.processor';
import { LinksProcessor } from './processors/links.processor';
import { MailProcessor } from './processors/mail.processor';
import { PeopleProcessor } from './processors/people.processor';
import { PostersProcessor } from './processors/posters.processor';
import { ProgressProcessor } from './processors/progress.processor';
import { AnyQueueProcessor, JobLogFields } from './processors/queue-processor';
import { RemindersProcessor } from './processors/reminders.processor';

/** A stalled job (its worker died or blocked) is retried this many times before it fails. */
const MAX_STALLED_COUNT = 5;

/**
 * Runs one BullMQ worker per queue. Refuses to start unless every job of the contract has exactly one
 * handler. On shutdown (SIGTERM/SIGINT, before the database and Redis close) each worker stops taking
 * jobs and waits for the ones in flight; a job cut off by a crash instead is found stalled by the next
 * worker once its lock expires (JOB_LOCK_DURATION_MS) and run again, which every handler tolerates.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly workers: Worker[] = [];
  private readonly processors: AnyQueueProcessor[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly delivery: OutboxDelivery,
    mail: MailProcessor,
    reminders: RemindersProcessor,
    progress: ProgressProcessor,
    people: PeopleProcessor,
    links: LinksProcessor,
    documents: DocumentsProcessor,
    posters: PostersProcessor,
  ) {
    this.processors = [mail, reminders, progress, people, links, documents, posters];
  }

  onApplicationBootstrap(): void {
    const problems = jobHandlerProblems(
      this.processors.map((p) => ({ queue: p.queue, jobNames: Object.keys(p.handlers) })),
    );
    if (problems.length)
      throw new Error(`Job handlers do not match the queue contract:\n- ${problems.join('\n- ')}`);
    for (const processor of this.processors) this.workers.push(this.start(processor));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    this.logger.log('workers closed');
  }

  private start(processor: AnyQueueProcessor): Worker {
    const worker = new Worker(processor.queue, (job) => this.run(processor, job), {
      connection: redisConnectionOptions(this.config),
      prefix: this.config.redis.queuePrefix,
      concurrency: processor.concurrency,
      lockDuration: this.config.jobs.lockDurationMs,
      stalledInterval: this.config.jobs.stalledIntervalMs,
      maxStalledCount: MAX_STALLED_COUNT,
      // After a lost Redis connection, resume within seconds (BullMQ's default waits 15 s).
      runRetryDelay: 1000,
    });
    worker.on('error', (err) =>
      this.logger.error({ queue: processor.queue, err: err.message }, 'worker error'),
    );
    worker.on('failed', (job, err) => void this.onFailed(processor.queue, job, err));
    return worker;
  }

  private async run(processor: AnyQueueProcessor, job: Job): Promise<unknown> {
    const handlers = processor.handlers as Record<string, (data: unknown, job: Job) => Promise<JobLogFields>>;
    const handler = isJobName(job.name) ? handlers[job.name] : undefined;
    // A job from an older or newer release: retrying cannot help.
    if (!handler)
      throw new UnrecoverableError(`no handler for job "${job.name}" on queue "${processor.queue}"`);
    const started = Date.now();
    const context = {
      queue: processor.queue,
      job: job.name,
      jobId: job.id,
      attempt: job.attemptsMade + 1,
      organizationId: organizationIdOf(job.name as JobName, job.data as JobPayloads[JobName]),
    };
    const result = await handler(job.data, job);
    this.logger.log({ ...context, ...result, ms: Date.now() - started }, 'job done');
    return result;
  }

  private async onFailed(queue: QueueName, job: Job | undefined, err: Error): Promise<void> {
    if (!job) return;
    const final = Boolean(job.finishedOn) || job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      {
        queue,
        job: job.name,
        jobId: job.id,
        attempt: job.attemptsMade,
        final,
        organizationId: organizationIdOf(job.name as JobName, job.data as JobPayloads[JobName]),
        err: err.message,
      },
      'job failed',
    );
    // A send job that ran out of attempts by stalling never reached its own final-attempt bookkeeping.
    if (final && job.name === String(JobName.SendNotification) && /stalled/i.test(err.message)) {
      const { notificationId } = job.data as JobPayloads[JobName.SendNotification];
      await this.delivery.markFailed(notificationId, err.message).catch(() => undefined);
    }
  }
}

function organizationIdOf(name: JobName, data: JobPayloads[JobName]): string | undefined {
  return name === JobName.RecomputeProgress
    ? (data as JobPayloads[JobName.RecomputeProgress]).organizationId
    : undefined;
}
