/** PENDING rows the sweep re-enqueues per pass; the rest wait for the next pass (every OUTBOX_SWEEP_INTERVAL_MS). */
export const OUTBOX_SWEEP_BATCH = 10_000;

/** Rows per INSERT of `OutboxService.add` (one jsonb document each): keeps a statement's text a few MB at most. */
export const OUTBOX_INSERT_BATCH = 5_000;

export const IDEMPOTENCY_KEY_MAX = 300;
