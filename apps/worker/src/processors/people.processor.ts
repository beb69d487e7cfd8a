import { Injectable } from '@nestjs/common';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { PeopleImportsService } from '@prongsai/people';
import { QueueProcessor } from './queue-processor';

@Injectable()
export class PeopleProcessor implements QueueProcessor<QueueName.People> {
  readonly queue = QueueName.People;
  readonly concurrency = 1;

  constructor(private readonly imports: PeopleImportsService) {}

  readonly handlers: JobHandlers<QueueName.People> = {
    // Progress (0–100) is the job's, for the queue dashboard; the import row holds the counts clients read.
    [JobName.SendPeopleImport]: ({ importId }, job) =>
      this.imports.run(importId, (done, total) =>
        job.updateProgress(Math.round((done / Math.max(total, 1)) * 100)),
      ),
  };
}
