import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { SurveysModule } from '@prongsai/surveys';
import { SurveyWindowsResolver } from './survey-windows.resolver';

@Module({ imports: [SurveysModule, AuthModule], providers: [SurveyWindowsResolver] })
export class SurveyWindowsApiModule {}
