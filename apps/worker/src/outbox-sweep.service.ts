import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { OutboxService, ReminderScanService } from '@prongsai/reminders';

const SWEEP_LIMIT = 10_000;

/**
 * The outbox, not Redis, is the record of what must be sent. Every OUTBOX_SWEEP_INTERVAL_MS this re-enqueues
 * rows still PENDING after that long, so a send job lost with Redis's data (a restart without persistence),
 * or never enqueued (a crash between a scan's commit and its enqueue), is sent anyway. Rows whose job still
 * exists are untouched (same job id), and a row already SENT is never sent again.
 */
@Injectable()
export class OutboxSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly scans: ReminderScanService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.sweep().finally(() => (this.running = undefined));
    }, this.config.jobs.outboxSweepIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<number> {
    try {
      const ids = await this.outbox.pendingIds(this.config.jobs.outboxSweepIntervalMs, SWEEP_LIMIT);
      if (ids.length) {
        await this.scans.enqueueSends(ids);
        this.logger.log({ count: ids.length }, 'outbox sweep re-enqueued pending notifications');
      }
      return ids.length;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'outbox sweep failed; will try again');
      return 0;
    }
  }
}
