import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { MailModule } from '@prongsai/mail';
import { EmailPreferencesService } from './email-preferences.service';
import { NotificationDelivery } from './notification-delivery.service';
import { Notification } from './notification.entity';
import { OutboxService } from './outbox.service';
import { ReminderScanService } from './reminder-scan.service';
import { SupervisorDigestService } from './supervisor-digest.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), MailModule, AuditModule],
  providers: [
    ReminderScanService,
    SupervisorDigestService,
    NotificationDelivery,
    EmailPreferencesService,
    OutboxService,
  ],
  exports: [
    ReminderScanService,
    SupervisorDigestService,
    NotificationDelivery,
    EmailPreferencesService,
    OutboxService,
  ],
})
export class RemindersModule {}
