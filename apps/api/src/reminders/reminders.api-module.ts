import { Module } from '@nestjs/common';
import { RemindersModule } from '@prongsai/reminders';
import { RemindersResolver } from './reminders.resolver';

@Module({ imports: [RemindersModule], providers: [RemindersResolver] })
export class RemindersApiModule {}
