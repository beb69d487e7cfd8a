import { EntityManager } from 'typeorm';
import { MailSendError } from '@prongsai/mail';
import { OutboxEmail } from '../outbox-kind';
import { NotificationStatus } from '../notification-status';
import { LAST_ERROR_MAX, SKIP_REASON_MAX } from '../outbox-limits';

/** A locked outbox row with its recipient as they are now. */
export interface ClaimedRow {
  status: NotificationStatus;
  email: OutboxEmail;
}

interface ClaimRow {
  id: string;
  kind: string;
  status: NotificationStatus;
  attempts: number;
  organization_id: string | null;
  province_code: string | null;
  payload: Record<string, unknown>;
  recipient_user_id: string | null;
  recipient_email: string;
  recipient_name: string;
  recipient_disabled: boolean;
  recipient_opt_outs: string[];
}

/**
 * The outbox table as the delivery reads and writes it: each function is one statement in the delivery's
 * transaction (or, for what happens after the commit, one of its own).
 */
export const outboxRows = {
  /**
   * Locks the row (NOWAIT: a second attempt at the same time, e.g. of a job BullMQ believed stalled, fails
   * with 55P03 and retries later) and reads its recipient: an account's current address and name, or the
   * address stored for someone without one.
   */
  async claim(em: EntityManager, id: string): Promise<ClaimedRow | null> {
    const rows: ClaimRow[] = await em.query(
      `SELECT n.id, n.kind, n.status::text AS status, n.attempts, n.organization_id, n.province_code, n.payload,
         n.recipient_user_id,
         coalesce(u.email, n.recipient_email) AS recipient_email,
         coalesce(u.display_name, n.recipient_name, '') AS recipient_name,
         coalesce(u.disabled, false) AS recipient_disabled,
         coalesce(u.email_opt_outs, '{}') AS recipient_opt_outs
       FROM notifications n
       LEFT JOIN users u ON u.id = n.recipient_user_id
       WHERE n.id = $1
       FOR UPDATE OF n NOWAIT`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      status: row.status,
      email: {
        id: row.id,
        kind: row.kind,
        attempts: row.attempts,
        organizationId: row.organization_id,
        provinceCode: row.province_code,
        payload: row.payload,
        recipient: {
          userId: row.recipient_user_id,
          email: row.recipient_email,
          name: row.recipient_name,
          disabled: row.recipient_disabled,
          optOuts: row.recipient_opt_outs,
        },
      },
    };
  },

  async skipped(em: EntityManager, id: string, reason: string): Promise<void> {
    await em.query(`UPDATE notifications SET status = 'SKIPPED', skip_reason = $2 WHERE id = $1`, [
      id,
      reason.slice(0, SKIP_REASON_MAX),
    ]);
  },

  async sent(em: EntityManager, id: string, messageId: string): Promise<void> {
    await em.query(
      `UPDATE notifications SET status = 'SENT', sent_at = now(), attempts = attempts + 1, message_id = $2,
         last_error = NULL WHERE id = $1`,
      [id, messageId],
    );
  },

  /**
   * A refusal or error: back to PENDING for the retry, or FAILED when it was the last attempt. `undoSent` for
   * a refusal of the message after the dot: the row was already SENT and that attempt counted.
   */
  async failure(
    em: EntityManager,
    id: string,
    error: MailSendError,
    final: boolean,
    undoSent = false,
  ): Promise<void> {
    await em.query(
      `UPDATE notifications SET
         attempts = attempts + $4::int,
         last_error = $2,
         status = CASE WHEN $3::boolean THEN 'FAILED' ELSE 'PENDING' END::notification_status,
         failed_at = CASE WHEN $3::boolean THEN now() END,
         sent_at = NULL
       WHERE id = $1 AND status = $5::notification_status`,
      [
        id,
        describeMailError(error).slice(0, LAST_ERROR_MAX),
        final,
        undoSent ? 0 : 1,
        undoSent ? 'SENT' : 'PENDING',
      ],
    );
  },

  async confirmed(em: EntityManager, id: string, smtpResponse: string): Promise<void> {
    await em.query(`UPDATE notifications SET smtp_response = $2 WHERE id = $1`, [id, smtpResponse]);
  },

  async unconfirmed(em: EntityManager, id: string, error: MailSendError): Promise<void> {
    await em.query(`UPDATE notifications SET last_error = $2 WHERE id = $1`, [
      id,
      `unconfirmed: ${describeMailError(error)}`.slice(0, LAST_ERROR_MAX),
    ]);
  },

  /** FAILED for good when the job ran out of attempts without reaching SMTP (a rendering bug, the database gone). */
  async failedForGood(em: EntityManager, id: string, error: string): Promise<void> {
    await em.query(
      `UPDATE notifications SET status = 'FAILED', failed_at = now(), last_error = $2
       WHERE id = $1 AND status = 'PENDING'`,
      [id, error.slice(0, LAST_ERROR_MAX)],
    );
  },
};

export function asMailError(err: unknown): MailSendError {
  return err instanceof MailSendError
    ? err
    : new MailSendError(err instanceof Error ? err.message : String(err), 'before-end-of-data');
}

export function describeMailError(error: MailSendError): string {
  return [error.smtpCode, error.responseCode, error.message].filter((x) => x !== undefined).join(' ');
}
