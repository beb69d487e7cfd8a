import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { MailModule } from '@prongsai/mail';
import { OutboxDelivery } from './delivery/outbox-delivery.service';
import { FailedEmailsService } from './failed-emails.service';
import { Notification } from './notification.entity';
import { OutboxKindRegistry } from './outbox-kind.registry';
import { OutboxService } from './outbox.service';

/**
 * The one outbox for every email. Producers import this module for `OutboxService`; kinds of email are
 * `@OutboxKind()` providers of their own feature modules, found at start-up.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), DiscoveryModule, MailModule, AuditModule],
  providers: [OutboxKindRegistry, OutboxService, OutboxDelivery, FailedEmailsService],
  exports: [OutboxKindRegistry, OutboxService, OutboxDelivery, FailedEmailsService],
})
export class OutboxModule {}
