import { Injectable } from '@nestjs/common';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { PosterPacksService } from '@prongsai/posters';
import { QueueProcessor } from './queue-processor';

@Injectable()
export class PostersProcessor implements QueueProcessor<QueueName.Posters> {
  readonly queue = QueueName.Posters;
  // One pack at a time per worker: a pack holds its growing PDF in memory and uses the PDF slots.
  readonly concurrency = 1;

  constructor(private readonly packs: PosterPacksService) {}

  readonly handlers: JobHandlers<QueueName.Posters> = {
    // Progress (0–100) is the job's, for the queue dashboard; the pack row holds what clients read.
    [JobName.RenderPosterPack]: ({ packId }, job) =>
      this.packs.run(packId, (done, total) =>
        job.updateProgress(Math.round((done / Math.max(total, 1)) * 100)),
      ),
    [JobName.PurgePosterPacks]: async () => ({ purged: await this.packs.purgeExpired() }),
  };
}
