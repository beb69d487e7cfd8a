import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { JobHandlers, JobName, QueueName, TypedJob } from '@prongsai/jobs';
import { DeliveryError, OutboxDelivery } from '@prongsai/outbox';
import { JobLogFields, QueueProcessor } from './queue-processor';

@Injectable()
export class MailProcessor implements QueueProcessor<QueueName.Mail> {
  readonly queue = QueueName.Mail;
  readonly concurrency: number;

  constructor(
    private readonly delivery: OutboxDelivery,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.concurrency = config.mail.concurrency;
  }

  readonly handlers: JobHandlers<QueueName.Mail> = {
    [JobName.SendNotification]: (data, job) => this.send(data.notificationId, job),
  };

  private async send(notificationId: string, job: TypedJob<JobName.SendNotification>): Promise<JobLogFields> {
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const result = await this.delivery.deliver(notificationId, { final });
      return { ...result };
    } catch (err) {
      if (err instanceof DeliveryError) {
        // Already recorded on the row (PENDING for a retry, FAILED when final or permanent).
        if (!err.retryable) throw new UnrecoverableError(err.message);
        throw err;
      }
      // Not an SMTP outcome (a rendering bug, the database gone): the row is untouched. On the last attempt
      // record it, so ADMIN sees it among the failed notifications.
      if (final) await this.delivery.markFailed(notificationId, (err as Error).message ?? String(err));
      throw err;
    }
  }
}
