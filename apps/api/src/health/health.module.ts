import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@prongsai/auth';
import { HealthController } from './health.controller';

@Module({ imports: [TerminusModule, AuthModule], controllers: [HealthController] })
export class HealthModule {}
