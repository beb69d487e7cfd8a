import { Module } from '@nestjs/common';
import { OutboxModule } from '@prongsai/outbox';
import { RemindersModule } from '@prongsai/reminders';
import { RemindersResolver } from './reminders.resolver';

@Module({ imports: [OutboxModule, RemindersModule], providers: [RemindersResolver] })
export class RemindersApiModule {}
