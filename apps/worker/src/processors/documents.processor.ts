import { Injectable } from '@nestjs/common';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { ReportPackService } from '@prongsai/reports';
import { QueueProcessor } from './queue-processor';

@Injectable()
export class DocumentsProcessor implements QueueProcessor<QueueName.Documents> {
  readonly queue = QueueName.Documents;
  // One pack at a time per worker: a pack already writes four reports at once and holds the zip in memory.
  readonly concurrency = 1;

  constructor(private readonly packs: ReportPackService) {}

  readonly handlers: JobHandlers<QueueName.Documents> = {
    [JobName.BuildReportPack]: async ({ packId }) => {
      const result = await this.packs.build(packId);
      await this.packs.sweepExpired();
      return result;
    },
  };
}
