/**
 * Asks for a recompute after the current transaction (the API's implementation enqueues a debounced worker
 * job; the worker itself provides none). The in-transaction recompute cannot see rows that a concurrent
 * transaction writes for the same organization, so two simultaneous writes can each store a figure that
 * misses the other; the follow-up runs after both have committed and stores the right one.
 */
export abstract class ProgressRecomputeRequests {
  abstract request(organizationIds: readonly string[], fiscalYear: number): Promise<void>;
}
