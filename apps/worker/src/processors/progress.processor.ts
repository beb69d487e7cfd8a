import { Injectable } from '@nestjs/common';
import { TenantTransaction } from '@prongsai/database';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { ProgressRecomputeService, ProgressService } from '@prongsai/progress';
import { QueueProcessor } from './queue-processor';

@Injectable()
export class ProgressProcessor implements QueueProcessor<QueueName.Progress> {
  readonly queue = QueueName.Progress;
  readonly concurrency = 2;

  constructor(
    private readonly tx: TenantTransaction,
    private readonly progress: ProgressService,
    private readonly recompute: ProgressRecomputeService,
  ) {}

  readonly handlers: JobHandlers<QueueName.Progress> = {
    [JobName.RecomputeProgress]: async ({ organizationId, fiscalYear }) => {
      await this.tx.asSystem(`recompute progress ${organizationId} ${fiscalYear}`, () =>
        this.progress.recompute(organizationId, fiscalYear),
      );
      return { organizationId, fiscalYear };
    },
    [JobName.RecomputeAllProgress]: ({ fiscalYear }) => this.recompute.recomputeAll(fiscalYear),
  };
}
