import type { JobsOptions } from 'bullmq';
import { AppConfig } from '@prongsai/config';
import { JobName, JobPayloads } from './queue-contract';

const DAY_SECONDS = 86_400;

/**
 * How each job is enqueued: its deterministic id (so enqueueing twice is a no-op) or deduplication key,
 * retries and retention. BullMQ refuses ':' in custom ids (its key separator), hence the dots.
 */
export function jobOptions<N extends JobName>(name: N, data: JobPayloads[N], config: AppConfig): JobsOptions {
  // The switch narrows `name`, not `data`; each case reads the payload of its own job.
  const payload: JobPayloads[JobName] = data;
  const job: JobName = name;
  switch (job) {
    case JobName.SendNotification: {
      const { notificationId } = payload as JobPayloads[JobName.SendNotification];
      return {
        // The outbox row's id: a scan, the outbox sweep and a retry all name the same job.
        jobId: notificationId,
        attempts: config.mail.maxAttempts,
        backoff: { type: 'exponential', delay: config.mail.retryBaseDelayMs },
        removeOnComplete: { age: DAY_SECONDS, count: 50_000 },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    }
    case JobName.ReminderScan:
    case JobName.SupervisorDigest: {
      const { asOf } = payload as JobPayloads[JobName.ReminderScan];
      return {
        ...(asOf ? { jobId: `${name}.${asOf}` } : {}),
        attempts: 5,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { age: 30 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    }
    case JobName.RecomputeProgress: {
      const { organizationId, fiscalYear } = payload as JobPayloads[JobName.RecomputeProgress];
      return {
        // Debounce: the job waits `progressDebounceMs`; further requests while it waits fold into it (it has
        // not read anything yet), and a request while it runs queues exactly one follow-up run
        // (keepLastIfActive), so a change committed during a recompute is never lost. A fixed jobId could not
        // do that: it would drop the request that arrives while the job is active.
        delay: config.jobs.progressDebounceMs,
        deduplication: { id: `progress.${organizationId}.${fiscalYear}`, keepLastIfActive: true },
        attempts: 5,
        backoff: { type: 'exponential', delay: 5_000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * DAY_SECONDS },
      };
    }
    case JobName.SendPeopleImport: {
      const { importId } = payload as JobPayloads[JobName.SendPeopleImport];
      // One job per import: confirming twice, or a retry, names the same job; the job itself skips rows
      // already invited (their invitations' import keys), so running it again sends nothing twice.
      return {
        jobId: `people-import.${importId}`,
        attempts: 5,
        backoff: { type: 'exponential', delay: 10_000 },
        removeOnComplete: { age: 30 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    }
    case JobName.CheckEvidenceLinks: {
      const { organizationId, fiscalYear } = payload as JobPayloads[JobName.CheckEvidenceLinks];
      return {
        // A lead pressing "check now" twice, or while the nightly run waits, asks for one check.
        deduplication: { id: `links.${organizationId ?? 'all'}.${fiscalYear ?? 'current'}` },
        attempts: 2,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { age: 7 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    }
    case JobName.BuildReportPack: {
      const { packId } = payload as JobPayloads[JobName.BuildReportPack];
      // The pack row's id: the request and any retry name the same job; a finished pack is not rebuilt.
      return {
        jobId: `report-pack.${packId}`,
        attempts: 2,
        backoff: { type: 'exponential', delay: 30_000 },
        removeOnComplete: { age: 7 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    }
    case JobName.RenderPosterPack: {
      const { packId } = payload as JobPayloads[JobName.RenderPosterPack];
      // The pack row's id: the request and any retry name the same job.
      return {
        jobId: `poster-pack.${packId}`,
        attempts: 2,
        backoff: { type: 'exponential', delay: 30_000 },
        removeOnComplete: { age: 7 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    }
    case JobName.PurgePosterPacks:
      // A DELETE of expired rows: running it twice is harmless.
      return {
        attempts: 3,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { age: 7 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
    case JobName.RecomputeAllProgress:
      // Recomputing is an idempotent upsert per organization and year: running it twice is harmless.
      return {
        attempts: 3,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { age: 7 * DAY_SECONDS },
        removeOnFail: { age: 30 * DAY_SECONDS },
      };
  }
}
