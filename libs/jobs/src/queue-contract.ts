import type { Job } from 'bullmq';

/**
 * The one queue contract of Prongsai: every queue, every job, its payload and the queue it runs on.
 * Payloads carry ids and dates, never entities: a job reads the current rows when it runs.
 */
export enum QueueName {
  /** One job per outgoing email (the `notifications` outbox). */
  Mail = 'mail',
  /** Scheduled scans that create notifications. */
  Reminders = 'reminders',
  /** Stored progress per organization and fiscal year. */
  Progress = 'progress',
  /** People: a province's bulk onboarding (libs/people). */
  People = 'people',
  /** The OIT evidence link checker: slow network work kept off the other queues. */
  Links = 'links',
  /** Produced documents (province report packs …): minutes of CPU each, kept off the other queues. */
  Documents = 'documents',
  /** Survey posters (libs/posters): a province pack is one Chromium print of every LAO's posters. */
  Posters = 'posters',
}

export enum JobName {
  /** Creates the reminders due as of a date and enqueues one SendNotification per new reminder. */
  ReminderScan = 'reminder-scan',
  /** Creates the week's digest for every province supervisor and enqueues its sending. */
  SupervisorDigest = 'supervisor-digest',
  /** Sends one row of the outbox, at most once. */
  SendNotification = 'send-notification',
  /** Recomputes one organization's stored progress for one fiscal year. */
  RecomputeProgress = 'recompute-progress',
  /** Recomputes every organization of a year in batches (nightly: overdue counts move with the calendar). */
  RecomputeAllProgress = 'recompute-all-progress',
  /** Sends the invitations of one confirmed people import (bulk onboarding), with progress. */
  SendPeopleImport = 'send-people-import',
  /** Checks the evidence links of one organization, or of all (nightly), and stores the results. */
  CheckEvidenceLinks = 'check-evidence-links',
  /** Builds one province report pack (a DOCX per LAO and the roll-up workbook, zipped) and stores it. */
  BuildReportPack = 'build-report-pack',
  /** Renders one requested province pack of survey posters (a `poster_packs` row) into its PDF. */
  RenderPosterPack = 'render-poster-pack',
  /** Deletes the poster packs past their expiry, PDF and all (nightly). */
  PurgePosterPacks = 'purge-poster-packs',
}

export interface JobPayloads {
  /** `asOf` 'YYYY-MM-DD'; absent (scheduled runs) means today in Asia/Bangkok when the job runs. */
  [JobName.ReminderScan]: { asOf?: string };
  [JobName.SupervisorDigest]: { asOf?: string };
  [JobName.SendNotification]: { notificationId: string };
  [JobName.RecomputeProgress]: { organizationId: string; fiscalYear: number };
  /** `fiscalYear` absent means the current fiscal year (and the next, once measures for it exist). */
  [JobName.RecomputeAllProgress]: { fiscalYear?: number };
  [JobName.SendPeopleImport]: { importId: string };
  /** `organizationId` absent: every organization; `fiscalYear` absent: the current one. */
  [JobName.CheckEvidenceLinks]: { organizationId?: string; fiscalYear?: number };
  [JobName.BuildReportPack]: { packId: string };
  [JobName.RenderPosterPack]: { packId: string };
  [JobName.PurgePosterPacks]: Record<string, never>;
}

/** Which queue runs which job. A worker for a queue must handle exactly the jobs listed for it here. */
export const JOB_QUEUE = {
  [JobName.ReminderScan]: QueueName.Reminders,
  [JobName.SupervisorDigest]: QueueName.Reminders,
  [JobName.SendNotification]: QueueName.Mail,
  [JobName.RecomputeProgress]: QueueName.Progress,
  [JobName.RecomputeAllProgress]: QueueName.Progress,
  [JobName.SendPeopleImport]: QueueName.People,
  [JobName.CheckEvidenceLinks]: QueueName.Links,
  [JobName.BuildReportPack]: QueueName.Documents,
  [JobName.RenderPosterPack]: QueueName.Posters,
  [JobName.PurgePosterPacks]: QueueName.Posters,
} as const satisfies Record<JobName, QueueName>;

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
export const ALL_JOBS: readonly JobName[] = Object.values(JobName);

/** The job names that run on queue Q. */
export type JobNameOn<Q extends QueueName> = {
  [N in JobName]: (typeof JOB_QUEUE)[N] extends Q ? N : never;
}[JobName];

/** A job as a processor receives it: the name narrows the payload. */
export type TypedJob<N extends JobName = JobName> = N extends JobName
  ? Job<JobPayloads[N], unknown, N>
  : never;

/** A handler per job name of one queue; a missing or extra key is a compile error. */
export type JobHandlers<Q extends QueueName> = {
  [N in JobNameOn<Q>]: (data: JobPayloads[N], job: TypedJob<N>) => Promise<unknown>;
};

export function isJobName(name: string): name is JobName {
  return (ALL_JOBS as readonly string[]).includes(name);
}
