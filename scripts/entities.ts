import { AuditLogEntry } from '@prongsai/audit';
import { Membership } from '@prongsai/auth';
import { RefreshToken } from '@prongsai/auth';
import { User } from '@prongsai/auth';
import { FrameworkRecord } from '@prongsai/frameworks';
import { FrameworkVersion } from '@prongsai/frameworks';
import { LinkCheckResultRecord } from '@prongsai/link-check';
import { ReportPackRecord } from '@prongsai/reports';
import { Measure } from '@prongsai/measures';
import { MeasureAssignee } from '@prongsai/measures';
import { MeasureEvidence } from '@prongsai/measures';
import { MeasureStep } from '@prongsai/measures';
import { OitItemRecord } from '@prongsai/oit';
import { Invitation, PasswordResetToken, PeopleImport } from '@prongsai/people';
import { District } from '@prongsai/organizations';
import { Organization } from '@prongsai/organizations';
import { Province } from '@prongsai/organizations';
import { OrganizationProgressRecord } from '@prongsai/progress';
import { Notification } from '@prongsai/outbox';
import { ReminderScanRecord } from '@prongsai/reminders';
import { OitItemCountRecord, RollupVersionRecord } from '@prongsai/rollup';
import { IndicatorScoreRecord } from '@prongsai/scores';
import { SurveyTarget, SurveyWindow } from '@prongsai/surveys';

/** Every entity, for owner-side tools (migrations, drift check, seeding). The apps use autoLoadEntities. */
export const ALL_ENTITIES = [
  Province,
  District,
  Organization,
  User,
  Membership,
  RefreshToken,
  AuditLogEntry,
  FrameworkRecord,
  FrameworkVersion,
  IndicatorScoreRecord,
  Measure,
  MeasureStep,
  MeasureEvidence,
  OitItemRecord,
  SurveyTarget,
  SurveyWindow,
  OrganizationProgressRecord,
  Notification,
  OitItemCountRecord,
  RollupVersionRecord,
  MeasureAssignee,
  Invitation,
  PasswordResetToken,
  PeopleImport,
  LinkCheckResultRecord,
  ReportPackRecord,
  ReminderScanRecord,
];
