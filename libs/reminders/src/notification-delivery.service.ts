import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { applyTenantContext, TenantTransaction } from '@prongsai/database';
import { MailSendError, SentEmail, SmtpMailTransport } from '@prongsai/mail';
import { fiscalYearOf } from '@prongsai/thai';
import {
  DeliveryRow,
  DigestOrganizationRow,
  digestEmail,
  messageIdFor,
  outgoingEmail,
  reasonToSkip,
  reminderEmail,
} from './notification-email';
import { NotificationKind, NotificationStatus } from './notification-kind';

export type DeliveryOutcome =
  | { outcome: 'sent'; confirmed: boolean; organizationId: string | null }
  | { outcome: 'skipped'; reason: string; organizationId: string | null }
  | { outcome: 'already-final'; status: NotificationStatus; organizationId: string | null }
  | { outcome: 'missing' };

/** A delivery that did not happen; `retryable` says whether another attempt may succeed. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly organizationId: string | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

type Step =
  | { kind: 'done'; outcome: DeliveryOutcome }
  | { kind: 'refused'; error: MailSendError; final: boolean; organizationId: string | null }
  | { kind: 'end-of-data'; organizationId: string | null };

const LOCK_NOT_AVAILABLE = '55P03';

/** The transport's `beforeEndOfData` parks here until the outbox row says SENT. */
class EndOfDataGate {
  private reach!: () => void;
  private decide!: (proceed: boolean) => void;
  readonly reached = new Promise<void>((resolve) => (this.reach = resolve));
  private readonly decision = new Promise<boolean>((resolve) => (this.decide = resolve));

  hook = (): Promise<boolean> => {
    this.reach();
    return this.decision;
  };

  proceed(): void {
    this.decide(true);
  }

  abandon(): void {
    this.decide(false);
  }
}

/**
 * Sends one outbox row, at most once.
 *
 * In one transaction the row is locked (FOR UPDATE NOWAIT: a second attempt running at the same time, e.g.
 * a job BullMQ believed stalled, backs off), checked (only PENDING is sent; an opted-out recipient or a
 * closed measure makes it SKIPPED), rendered, and handed to SMTP. When the server has accepted the envelope
 * and holds the whole message but its terminating dot, the row is set SENT, and COMMIT and the dot are
 * written in the same event-loop turn. Therefore:
 * - a crash or error before that commit leaves the row PENDING and the server without a message (it
 *   discards data that never ended), so the next attempt sends it exactly once;
 * - once the row is SENT no attempt sends it again; a refusal of the message itself (4xx/5xx after the dot)
 *   puts it back to PENDING (or FAILED when it was the last attempt or a 5xx);
 * - the one window left is a crash between those two writes (microseconds): that reminder is lost rather
 *   than sent twice. A COMMIT that fails after the dot leaves the row PENDING, so that one is sent again.
 *   A connection lost while waiting for the server's answer after the dot leaves the row SENT with
 *   `smtp_response` null ("unconfirmed").
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    private readonly tx: TenantTransaction,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: SmtpMailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(notificationId: string, attempt: { final: boolean }): Promise<DeliveryOutcome> {
    const gate = new EndOfDataGate();
    let sending: Promise<SentEmail> | undefined;
    let step: Step;
    // A transaction of its own rather than TenantTransaction's: its COMMIT must be written in the same
    // event-loop turn as the end of data (see commitAndEndData). It runs as the system, like every job.
    const qr = this.dataSource.createQueryRunner();
    let released = false;
    try {
      await qr.connect();
      await qr.startTransaction();
      const em = qr.manager;
      await applyTenantContext(em, { kind: 'system', reason: `deliver notification ${notificationId}` });
      step = await (async (): Promise<Step> => {
        const row = await this.lock(em, notificationId);
        if (!row) return { kind: 'done', outcome: { outcome: 'missing' } };
        const organizationId = row.organization_id;
        if (row.status !== String(NotificationStatus.PENDING)) {
          return {
            kind: 'done',
            outcome: { outcome: 'already-final', status: row.status as NotificationStatus, organizationId },
          };
        }
        const skip = reasonToSkip(row);
        if (skip) {
          await em.query(`UPDATE notifications SET status = 'SKIPPED', skip_reason = $2 WHERE id = $1`, [
            row.id,
            skip,
          ]);
          return { kind: 'done', outcome: { outcome: 'skipped', reason: skip, organizationId } };
        }

        const appUrl = this.config.http.appUrl;
        const rendered =
          row.kind === NotificationKind.SUPERVISOR_DIGEST
            ? digestEmail(row, await this.digestOrganizations(em, row), appUrl)
            : reminderEmail(row, appUrl);
        const messageId = messageIdFor(row.id, this.mail.messageIdDomain);
        sending = this.mail.send(outgoingEmail(row, rendered, messageId), { beforeEndOfData: gate.hook });
        // Whichever comes first: the server holding all but the dot, or a failure before that.
        const failure = await Promise.race([
          gate.reached.then(() => null),
          sending.then(
            () => null,
            (err: unknown) => err,
          ),
        ]);
        if (failure) {
          const error = asMailError(failure);
          const final = attempt.final || error.permanent;
          await this.recordFailure(em, row.id, error, final);
          return { kind: 'refused', error, final, organizationId };
        }
        await em.query(
          `UPDATE notifications SET status = 'SENT', sent_at = now(), attempts = attempts + 1, message_id = $2,
             last_error = NULL WHERE id = $1`,
          [row.id, messageId],
        );
        return { kind: 'end-of-data', organizationId };
      })();
      if (step.kind === 'end-of-data') {
        released = true;
        await this.commitAndEndData(qr, gate);
      } else {
        await qr.commitTransaction();
      }
    } catch (err) {
      if (!released) {
        // Nothing committed: the message must not be completed.
        gate.abandon();
        await qr.rollbackTransaction().catch(() => undefined);
      } else {
        // The COMMIT itself failed after the end of data went out (or with it): the row is still PENDING
        // although the server may have the message. The next attempt sends it again: at least once here.
        this.logger.error(
          { notificationId, err: (err as Error).message },
          'commit failed at the end of data',
        );
      }
      await sending?.catch(() => undefined);
      if ((err as { code?: string }).code === LOCK_NOT_AVAILABLE) {
        throw new DeliveryError('being delivered by another attempt', true);
      }
      throw err;
    } finally {
      await qr.release();
    }

    if (step.kind === 'done') return step.outcome;
    if (step.kind === 'refused') {
      throw new DeliveryError(describe(step.error), !step.final, step.organizationId);
    }

    // The row is SENT and committed, and the end of data is on its way.
    try {
      const sent = await sending!;
      await this.tx
        .asSystem('record SMTP confirmation', (em) =>
          em.query(`UPDATE notifications SET smtp_response = $2 WHERE id = $1`, [
            notificationId,
            sent.response,
          ]),
        )
        .catch((err: unknown) =>
          this.logger.warn({ err, notificationId }, 'could not record the SMTP reply'),
        );
      return { outcome: 'sent', confirmed: true, organizationId: step.organizationId };
    } catch (err) {
      const error = asMailError(err);
      if (error.notDelivered) {
        // Refused, or failed before the dot left: the server does not have it, so it may be sent again.
        const final = attempt.final || error.permanent;
        await this.tx.asSystem('undo SENT after refusal', (em) =>
          this.recordFailure(em, notificationId, error, final, true),
        );
        throw new DeliveryError(describe(error), !final, step.organizationId);
      }
      // Lost while waiting for the answer: the server may have it. Sending again could duplicate it.
      await this.tx
        .asSystem('record unconfirmed send', (em) =>
          em.query(`UPDATE notifications SET last_error = $2 WHERE id = $1`, [
            notificationId,
            `unconfirmed: ${describe(error)}`,
          ]),
        )
        .catch(() => undefined);
      this.logger.warn({ notificationId, err: error.message }, 'sent, but the SMTP server did not confirm');
      return { outcome: 'sent', confirmed: false, organizationId: step.organizationId };
    }
  }

  /**
   * Writes COMMIT to the database socket and, in the same event-loop turn, releases the end of data (the
   * gate's continuation and the stream ends run as microtasks and next-ticks, before any I/O). Awaiting
   * the COMMIT first would leave the whole wait for its reply, milliseconds on a busy worker, between "SENT
   * is durable" and "the server can have the message"; this way a crash between the two is a matter of
   * microseconds. node-postgres writes a query synchronously when the connection is idle, as it is here.
   */
  private async commitAndEndData(qr: QueryRunner, gate: EndOfDataGate): Promise<void> {
    const client = (qr as unknown as { databaseConnection: { query(sql: string): Promise<unknown> } })
      .databaseConnection;
    const commit = client.query('COMMIT');
    gate.proceed();
    try {
      await commit;
    } finally {
      // TypeORM did not issue this COMMIT; tell it the transaction is over either way.
      (qr as { isTransactionActive: boolean }).isTransactionActive = false;
    }
  }

  /** Marks a row FAILED for good when its job ran out of attempts without reaching it (e.g. it stalled). */
  async markFailed(notificationId: string, error: string): Promise<void> {
    await this.tx.asSystem('mark notification failed', (em) =>
      em.query(
        `UPDATE notifications SET status = 'FAILED', failed_at = now(), last_error = $2
         WHERE id = $1 AND status = 'PENDING'`,
        [notificationId, error.slice(0, 2000)],
      ),
    );
  }

  private async lock(em: EntityManager, id: string): Promise<DeliveryRow | null> {
    const rows: DeliveryRow[] = await em.query(
      `SELECT n.id, n.kind, n.status, n.attempts, n.as_of::text AS as_of, n.due_date::text AS due_date,
         n.province_code, n.organization_id, n.measure_id,
         u.email AS recipient_email, u.display_name AS recipient_name, u.disabled AS recipient_disabled,
         u.email_opt_outs AS recipient_opt_outs,
         EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = n.recipient_user_id AND (
           (n.kind = 'SUPERVISOR_DIGEST' AND ms.role = 'PROVINCE_SUPERVISOR' AND ms.province_code = n.province_code)
           OR (n.kind <> 'SUPERVISOR_DIGEST' AND ms.organization_id = n.organization_id AND (
                 ms.role = 'ORG_LEAD'
                 OR (ms.role = 'ORG_MEMBER' AND EXISTS (SELECT 1 FROM measure_assignees a
                       WHERE a.measure_id = n.measure_id AND a.user_id = n.recipient_user_id))))
         )) AS recipient_still_responsible,
         m.title AS measure_title, m.status::text AS measure_status, m.due_date::text AS measure_due_date,
         n.step_id, st.position AS step_order, st.description AS step_description,
         st.due_date::text AS step_due_date, (st.completed_at IS NOT NULL) AS step_done,
         o.name_th AS organization_name, p.name_th AS province_name
       FROM notifications n
       JOIN users u ON u.id = n.recipient_user_id
       LEFT JOIN measures m ON m.id = n.measure_id
       LEFT JOIN measure_steps st ON st.id = n.step_id
       LEFT JOIN organizations o ON o.id = n.organization_id
       LEFT JOIN provinces p ON p.code = n.province_code
       WHERE n.id = $1
       FOR UPDATE OF n NOWAIT`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Every LAO of the province with its stored progress and the measures overdue as of the digest's date. */
  private digestOrganizations(em: EntityManager, row: DeliveryRow): Promise<DigestOrganizationRow[]> {
    return em.query(
      `SELECT o.id, o.name_th, pr.estimated_score, pr.gap_to_pass, pr.passing,
         (SELECT count(*) FROM measures m WHERE m.organization_id = o.id
            AND m.status IN ('PLANNED', 'IN_PROGRESS') AND m.due_date < $2::date)::int AS measures_overdue
       FROM organizations o
       LEFT JOIN organization_progress pr ON pr.organization_id = o.id AND pr.fiscal_year = $3
       WHERE o.province_code = $1
       ORDER BY o.code`,
      [row.province_code, row.as_of, fiscalYearOf(row.as_of)],
    );
  }

  private async recordFailure(
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
      // A refusal after the dot was already counted as an attempt when the row was set SENT.
      [id, describe(error).slice(0, 2000), final, undoSent ? 0 : 1, undoSent ? 'SENT' : 'PENDING'],
    );
  }
}

function asMailError(err: unknown): MailSendError {
  return err instanceof MailSendError
    ? err
    : new MailSendError(err instanceof Error ? err.message : String(err), 'before-end-of-data');
}

function describe(error: MailSendError): string {
  return [error.smtpCode, error.responseCode, error.message].filter((x) => x !== undefined).join(' ');
}
