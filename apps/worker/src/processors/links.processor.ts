import { Injectable } from '@nestjs/common';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { LinkCheckService } from '@prongsai/link-check';
import { QueueProcessor } from './queue-processor';

@Injectable()
export class LinksProcessor implements QueueProcessor<QueueName.Links> {
  readonly queue = QueueName.Links;
  // One run at a time: each run already checks many links in parallel under the per-host caps.
  readonly concurrency = 1;

  constructor(private readonly links: LinkCheckService) {}

  readonly handlers: JobHandlers<QueueName.Links> = {
    [JobName.CheckEvidenceLinks]: async ({ organizationId, fiscalYear }) => ({
      ...(await this.links.run(organizationId ?? null, fiscalYear)),
    }),
  };
}
