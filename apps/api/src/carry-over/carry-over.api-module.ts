import { Module } from '@nestjs/common';
import { MeasuresModule } from '@prongsai/measures';
import { OitModule } from '@prongsai/oit';
import { SurveysModule } from '@prongsai/surveys';
import { CarryOverResolver } from './carry-over.resolver';

@Module({ imports: [MeasuresModule, OitModule, SurveysModule], providers: [CarryOverResolver] })
export class CarryOverApiModule {}
