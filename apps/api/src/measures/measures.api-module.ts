import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { MeasuresModule } from '@prongsai/measures';
import { MeasureLoaders } from './measure.loaders';
import { MeasuresResolver } from './measures.resolver';

@Module({ imports: [MeasuresModule, AuthModule], providers: [MeasuresResolver, MeasureLoaders] })
export class MeasuresApiModule {}
