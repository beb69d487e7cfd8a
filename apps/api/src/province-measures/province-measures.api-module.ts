import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { MeasuresModule } from '@prongsai/measures';
import { ProvinceMeasuresResolver } from './province-measures.resolver';

@Module({ imports: [MeasuresModule, AuthModule], providers: [ProvinceMeasuresResolver] })
export class ProvinceMeasuresApiModule {}
