import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@prongsai/outbox';
import { EmailPreferencesService } from './email-preferences.service';
import { MeasureReminderKind } from './email-kinds/measure-reminder.kind';
import { SupervisorDigestKind } from './email-kinds/supervisor-digest.kind';
import { ReminderScanRecord } from './reminder-scan.entity';
import { ReminderScanService } from './reminder-scan.service';
import { SupervisorDigestPreviewService } from './supervisor-digest-preview.service';
import { SupervisorDigestService } from './supervisor-digest.service';

/** Producers of the outbox (the reminder scan, the weekly digest) and the two kinds of email they make. */
@Module({
  imports: [TypeOrmModule.forFeature([ReminderScanRecord]), OutboxModule],
  providers: [
    ReminderScanService,
    SupervisorDigestService,
    SupervisorDigestPreviewService,
    EmailPreferencesService,
    MeasureReminderKind,
    SupervisorDigestKind,
  ],
  exports: [
    ReminderScanService,
    SupervisorDigestService,
    SupervisorDigestPreviewService,
    EmailPreferencesService,
  ],
})
export class RemindersModule {}
