import { JobHandlers, QueueName } from '@prongsai/jobs';

/** What a handler may return for the job log line (never payload contents beyond ids). */
export interface JobLogFields {
  organizationId?: string | null;
  [key: string]: unknown;
}

/**
 * One processor per queue. `handlers` has one entry per job of the queue (a missing or extra entry is a
 * compile error, and the worker re-checks at startup); dispatch is by job name.
 */
export interface QueueProcessor<Q extends QueueName = QueueName> {
  readonly queue: Q;
  readonly concurrency: number;
  readonly handlers: JobHandlers<Q>;
}

/** Any queue's processor, as the worker runner holds them side by side. */
export type AnyQueueProcessor = { [Q in QueueName]: QueueProcessor<Q> }[QueueName];
