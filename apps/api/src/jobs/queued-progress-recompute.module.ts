import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { ProgressRecomputeRequests } from '@prongsai/progress';
import { JobName, JobQueue } from '@prongsai/jobs';

/** Progress follow-ups as debounced RecomputeProgress jobs (see ProgressRecomputeRequests). */
@Injectable()
export class QueuedProgressRecompute extends ProgressRecomputeRequests {
  private readonly logger = new Logger(QueuedProgressRecompute.name);

  constructor(private readonly jobs: JobQueue) {
    super();
  }

  async request(organizationIds: readonly string[], fiscalYear: number): Promise<void> {
    try {
      await this.jobs.enqueueMany(
        JobName.RecomputeProgress,
        organizationIds.map((organizationId) => ({ organizationId, fiscalYear })),
      );
    } catch (err) {
      // The write and its in-transaction recompute stand; the nightly recompute covers the follow-up.
      this.logger.warn({ err: (err as Error).message, fiscalYear }, 'could not enqueue a progress recompute');
    }
  }
}

/**
 * For the API only: makes every progress recompute of a mutation also enqueue a follow-up job. The worker
 * does not import it, so its own recomputes do not enqueue more.
 */
@Global()
@Module({
  providers: [{ provide: ProgressRecomputeRequests, useClass: QueuedProgressRecompute }],
  exports: [ProgressRecomputeRequests],
})
export class ProgressRecomputeRequestsModule {}
