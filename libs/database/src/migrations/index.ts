import { Platform1732550000000 } from './1732550000000-platform';
import { ItaCore1732560000000 } from './1732560000000-ita-core';
import { Notifications1732570000000 } from './1732570000000-notifications';
import { RollupIndexes1732580000000 } from './1732580000000-rollup-indexes';
import { MeasureAssignees1732590000000 } from './1732590000000-measure-assignees';
import { StepDueDates1732600000000 } from './1732600000000-step-due-dates';
import { Outbox1732610000000 } from './1732610000000-outbox';
import { People1732620000000 } from './1732620000000-people';
import { FrameworkVersions1732630000000 } from './1732630000000-framework-versions';
import { LinkChecks1732650000000 } from './1732650000000-link-checks';
import { ReportPacks1732651000000 } from './1732651000000-report-packs';
import { PosterPacks1732670000000 } from './1732670000000-poster-packs';
import { SurveyWindows1732690000000 } from './1732690000000-survey-windows';
import { AdminInvitations1732695000000 } from './1732695000000-admin-invitations';
import { ReminderScans1732696000000 } from './1732696000000-reminder-scans';
import { RollupVersions1732697000000 } from './1732697000000-rollup-versions';
import { QueryAsContext1732698000000 } from './1732698000000-query-as-context';

// Migrations run in this order. Each is reviewed SQL; entities must agree with them
// (test/platform/schema.e2e-spec.ts fails otherwise).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Platform1732550000000,
  ItaCore1732560000000,
  Notifications1732570000000,
  RollupIndexes1732580000000,
  MeasureAssignees1732590000000,
  StepDueDates1732600000000,
  Outbox1732610000000,
  People1732620000000,
  FrameworkVersions1732630000000,
  LinkChecks1732650000000,
  ReportPacks1732651000000,
  PosterPacks1732670000000,
  SurveyWindows1732690000000,
  AdminInvitations1732695000000,
  ReminderScans1732696000000,
  RollupVersions1732697000000,
  QueryAsContext1732698000000,
];
