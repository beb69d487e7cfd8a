import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { OutboxService } from '@prongsai/outbox';

/**
 * Runs the outbox sweep (`OutboxService.sweep`) every OUTBOX_SWEEP_INTERVAL_MS, one pass at a time: a send
 * job lost with Redis's data, or never enqueued, is sent anyway.
 */
@Injectable()
export class OutboxSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
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
      const count = await this.outbox.sweep(this.config.jobs.outboxSweepIntervalMs);
      if (count) this.logger.log({ count }, 'outbox sweep re-enqueued pending notifications');
      return count;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'outbox sweep failed; will try again');
      return 0;
    }
  }
}
