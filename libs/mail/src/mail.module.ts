import { Module } from '@nestjs/common';
import { SmtpMailTransport } from './transport/smtp-mail-transport';

@Module({ providers: [SmtpMailTransport], exports: [SmtpMailTransport] })
export class MailModule {}
