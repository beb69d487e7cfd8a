/**
 * PENDING → SENT, FAILED (for good, after the last attempt or a permanent SMTP refusal) or SKIPPED (the
 * email's kind said it is no longer wanted: the recipient opted out or was disabled, the measure was closed
 * …). Only PENDING is ever sent.
 */
export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
