import { Injectable } from '@nestjs/common';
import { JobHandlers, JobName, QueueName } from '@prongsai/jobs';
import { ReminderScanService, SupervisorDigestService } from '@prongsai/reminders';
import { bangkokToday } from '@prongsai/thai';
import { QueueProcessor } from './queue-processor';

@Injectable()
export class RemindersProcessor implements QueueProcessor<QueueName.Reminders> {
  readonly queue = QueueName.Reminders;
  readonly concurrency = 1;

  constructor(
    private readonly scans: ReminderScanService,
    private readonly digests: SupervisorDigestService,
  ) {}

  readonly handlers: JobHandlers<QueueName.Reminders> = {
    // Scheduled runs carry no date: "today" is the Bangkok date when the job runs, so a run delayed past
    // midnight scans the new day (the windows catch up whatever the old day would have sent).
    [JobName.ReminderScan]: async (data) => ({
      ...(await this.scans.scan(data.asOf ?? bangkokToday(), 'scheduled reminder scan')),
    }),
    [JobName.SupervisorDigest]: async (data) => ({
      ...(await this.digests.createDigests(data.asOf ?? bangkokToday())),
    }),
  };
}
