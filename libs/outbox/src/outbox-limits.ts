/** PENDING rows the sweep re-enqueues per pass; the rest wait for the next pass (every OUTBOX_SWEEP_INTERVAL_MS). */
export const OUTBOX_SWEEP_BATCH = 10_000;

/** Rows per INSERT of `OutboxService.add` (one jsonb document each): keeps a statement's text a few MB at most. */
export const OUTBOX_INSERT_BATCH = 5_000;

export const IDEMPOTENCY_KEY_MAX = 300;

/** `last_error` keeps this much of an SMTP or processing error (they can carry whole server transcripts). */
export const LAST_ERROR_MAX = 2_000;

/** `skip_reason` is a short sentence; the column is varchar(200). */
export const SKIP_REASON_MAX = 200;

/** At most this many rows in one `FailedEmailsService.list`. */
export const FAILED_LIST_MAX = 500;
