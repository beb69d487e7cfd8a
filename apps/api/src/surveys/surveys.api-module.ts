import { Module } from '@nestjs/common';
import { SurveysModule } from '@prongsai/surveys';
import { SurveysResolver } from './surveys.resolver';

@Module({ imports: [SurveysModule], providers: [SurveysResolver] })
export class SurveysApiModule {}
