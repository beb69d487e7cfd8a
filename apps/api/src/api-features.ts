import { DynamicModule, Type } from '@nestjs/common';
import { AuditApiModule } from './audit/audit.api-module';
import { AuthApiModule } from './auth/auth.api-module';
import { CarryOverApiModule } from './carry-over/carry-over.api-module';
import { FrameworksApiModule } from './frameworks/frameworks.api-module';
import { LinkCheckApiModule } from './link-check/link-check.api-module';
import { MeasuresApiModule } from './measures/measures.api-module';
import { OitApiModule } from './oit/oit.api-module';
import { OrganizationsApiModule } from './organizations/organizations.api-module';
import { PeopleApiModule } from './people/people.api-module';
import { PostersApiModule } from './posters/posters.api-module';
import { ProgressApiModule } from './progress/progress.api-module';
import { ProvinceMeasuresApiModule } from './province-measures/province-measures.api-module';
import { ReportsApiModule } from './reports/reports.api-module';
import { RemindersApiModule } from './reminders/reminders.api-module';
import { RollupApiModule } from './rollup/rollup.api-module';
import { ScoresApiModule } from './scores/scores.api-module';
import { SurveyWindowsApiModule } from './survey-windows/survey-windows.api-module';
import { SurveysApiModule } from './surveys/surveys.api-module';

/**
 * A feature of the API: `apps/api/src/<feature>/<feature>.api-module.ts`, holding its resolvers, its
 * controllers and its DataLoaders (a provider marked `@RequestLoadersProvider()`), and importing the lib
 * modules they use. Adding a feature is adding its module here.
 */
export type ApiFeature = Type | DynamicModule;

export const API_FEATURES: readonly ApiFeature[] = [
  AuthApiModule,
  OrganizationsApiModule,
  FrameworksApiModule,
  ScoresApiModule,
  MeasuresApiModule,
  OitApiModule,
  SurveysApiModule,
  SurveyWindowsApiModule,
  CarryOverApiModule,
  ProgressApiModule,
  AuditApiModule,
  RemindersApiModule,
  RollupApiModule,
  PeopleApiModule,
  ReportsApiModule,
  LinkCheckApiModule,
  PostersApiModule,
  ProvinceMeasuresApiModule,
];
