import { JobName, JobPayloads } from './queue-contract';

export const SCHEDULE_TIME_ZONE = 'Asia/Bangkok';

export interface JobSchedule<N extends JobName = JobName> {
  /** The BullMQ job scheduler id: stable, upserted at every worker start. */
  id: string;
  /** Cron pattern, read in Asia/Bangkok. */
  pattern: string;
  job: N;
  data: JobPayloads[N];
}

/**
 * Every schedule of Prongsai. The worker upserts these at start (idempotent: a scheduler id exists once)
 * and removes schedulers whose id is no longer listed.
 */
export const JOB_SCHEDULES: readonly JobSchedule[] = [
  // Just after midnight: overdue counts change with the date, not with any write.
  { id: 'nightly-progress-recompute', pattern: '5 0 * * *', job: JobName.RecomputeAllProgress, data: {} },
  { id: 'daily-reminder-scan', pattern: '0 8 * * *', job: JobName.ReminderScan, data: {} },
  { id: 'weekly-supervisor-digest', pattern: '0 8 * * 1', job: JobName.SupervisorDigest, data: {} },
  // At night, when LAO web servers are quiet; the Monday digest then reports fresh results.
  { id: 'nightly-evidence-link-check', pattern: '30 2 * * *', job: JobName.CheckEvidenceLinks, data: {} },
  // Poster packs are kept for a day (POSTER_PACK_TTL_HOURS in libs/posters); the expired go at night.
  { id: 'nightly-poster-pack-purge', pattern: '45 3 * * *', job: JobName.PurgePosterPacks, data: {} },
];
