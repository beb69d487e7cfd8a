import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { applyTenantContext, TenantTransaction } from '@prongsai/database';
import { MailSendError, SentEmail, SmtpMailTransport } from '@prongsai/mail';
import { NotificationStatus } from '../notification-status';
import { OutboxKindRegistry } from '../outbox-kind.registry';
import { DeliveryError } from './delivery-error';
import { EndOfDataGate } from './end-of-data-gate';
import { messageIdFor, outgoingEmail } from './outgoing-email';
import { asMailError, describeMailError, outboxRows } from './outbox-rows';
import { skipReasonOf } from './recheck';

export type DeliveryOutcome =
  | { outcome: 'sent'; confirmed: boolean; organizationId: string | null }
  | { outcome: 'skipped'; reason: string; organizationId: string | null }
  | { outcome: 'already-final'; status: NotificationStatus; organizationId: string | null }
  | { outcome: 'missing' };

/** Where the transaction part of one attempt ended. */
type Handover =
  | { kind: 'done'; outcome: DeliveryOutcome }
  | { kind: 'refused'; error: MailSendError; final: boolean; organizationId: string | null }
  | { kind: 'unsendable'; reason: string; organizationId: string | null }
  | { kind: 'end-of-data'; organizationId: string | null };

/** One attempt's moving parts: the gate the transport waits at, and the send in flight. */
interface Attempt {
  readonly id: string;
  readonly final: boolean;
  readonly gate: EndOfDataGate;
  sending?: Promise<SentEmail>;
}

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Sends one outbox row, at most once, whatever its kind: claim → re-check → render → send → record.
 *
 * In one transaction the row is claimed (locked FOR UPDATE NOWAIT; only PENDING is sent), re-checked (the
 * recipient, then its kind's `skipReason` over what the kind `load`ed: no longer wanted → SKIPPED), rendered
 * by its kind, and handed to SMTP. When the server has accepted the envelope and holds the whole message but
 * its terminating dot, the row is set SENT, and COMMIT and the dot are written in the same event-loop turn.
 * Therefore:
 * - a crash or error before that commit leaves the row PENDING and the server without a message (it
 *   discards data that never ended), so the next attempt sends it exactly once;
 * - once the row is SENT no attempt sends it again; a refusal of the message itself (4xx/5xx after the dot)
 *   puts it back to PENDING (or FAILED when it was the last attempt or a 5xx);
 * - the one window left is a crash between those two writes (microseconds): that email is lost rather
 *   than sent twice. A COMMIT that fails after the dot leaves the row PENDING, so that one is sent again.
 *   A connection lost while waiting for the server's answer after the dot leaves the row SENT with
 *   `smtp_response` null ("unconfirmed").
 * See docs/adr/0002-email-outbox-exactly-once.md.
 */
@Injectable()
export class OutboxDelivery {
  private readonly logger = new Logger(OutboxDelivery.name);

  constructor(
    private readonly tx: TenantTransaction,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: SmtpMailTransport,
    private readonly kinds: OutboxKindRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(notificationId: string, options: { final: boolean }): Promise<DeliveryOutcome> {
    const attempt: Attempt = { id: notificationId, final: options.final, gate: new EndOfDataGate() };
    // A transaction of its own rather than TenantTransaction's: its COMMIT must be written in the same
    // event-loop turn as the end of data (see commitAndEndData). It runs as the system, like every job.
    const qr = this.dataSource.createQueryRunner();
    let handover: Handover;
    let commitWritten = false;
    try {
      await qr.connect();
      await qr.startTransaction();
      await applyTenantContext(qr.manager, {
        kind: 'system',
        reason: `deliver notification ${notificationId}`,
      });
      handover = await this.claimCheckRenderSend(qr.manager, attempt);
      if (handover.kind === 'end-of-data') {
        commitWritten = true;
        await this.commitAndEndData(qr, attempt.gate);
      } else {
        await qr.commitTransaction();
      }
    } catch (err) {
      if (!commitWritten) {
        // Nothing committed: the message must not be completed.
        attempt.gate.abandon();
        await qr.rollbackTransaction().catch(() => undefined);
      } else {
        // The COMMIT itself failed after the end of data went out (or with it): the row is still PENDING
        // although the server may have the message. The next attempt sends it again: at least once here.
        this.logger.error(
          { notificationId, err: (err as Error).message },
          'commit failed at the end of data',
        );
      }
      await attempt.sending?.catch(() => undefined);
      if ((err as { code?: string }).code === LOCK_NOT_AVAILABLE) {
        throw new DeliveryError('being delivered by another attempt', true);
      }
      throw err;
    } finally {
      await qr.release();
    }

    switch (handover.kind) {
      case 'done':
        return handover.outcome;
      case 'refused':
        throw new DeliveryError(describeMailError(handover.error), !handover.final, handover.organizationId);
      case 'unsendable':
        throw new DeliveryError(handover.reason, false, handover.organizationId);
      case 'end-of-data':
        return this.recordServerAnswer(attempt, handover.organizationId);
    }
  }

  /** Everything inside the transaction, up to the moment the server holds all of the message but its dot. */
  private async claimCheckRenderSend(em: EntityManager, attempt: Attempt): Promise<Handover> {
    // Claim.
    const claimed = await outboxRows.claim(em, attempt.id);
    if (!claimed) return { kind: 'done', outcome: { outcome: 'missing' } };
    const { email } = claimed;
    const organizationId = email.organizationId;
    if (claimed.status !== NotificationStatus.PENDING) {
      return { kind: 'done', outcome: { outcome: 'already-final', status: claimed.status, organizationId } };
    }
    const handler = this.kinds.get(email.kind);
    if (!handler) {
      // A row of a kind this process does not know (a deploy that dropped a kind): retrying cannot help.
      const reason = `no handler registered for outbox kind ${email.kind}`;
      await outboxRows.failedForGood(em, email.id, reason);
      return { kind: 'unsendable', reason, organizationId };
    }

    // Re-check: is it still wanted?
    const loaded = await handler.load(em, email);
    const skip = skipReasonOf(handler, email, loaded);
    if (skip) {
      await outboxRows.skipped(em, email.id, skip);
      return { kind: 'done', outcome: { outcome: 'skipped', reason: skip, organizationId } };
    }

    // Render.
    const messageId = messageIdFor(email.id, this.mail.messageIdDomain);
    const rendered = handler.render(email, loaded, { appUrl: this.config.http.appUrl });

    // Send all of it but the end of data; whichever comes first: the server holding that, or a failure.
    const sending = this.mail.send(outgoingEmail(email, rendered, messageId), {
      beforeEndOfData: attempt.gate.hook,
    });
    attempt.sending = sending;
    const failure = await Promise.race([
      attempt.gate.reached.then(() => null),
      sending.then(
        () => null,
        (err: unknown) => err,
      ),
    ]);
    if (failure) {
      const error = asMailError(failure);
      const final = attempt.final || error.permanent;
      await outboxRows.failure(em, email.id, error, final);
      return { kind: 'refused', error, final, organizationId };
    }

    // Record: SENT, committed together with the end of data.
    await outboxRows.sent(em, email.id, messageId);
    return { kind: 'end-of-data', organizationId };
  }

  /** The row is SENT and committed, and the end of data is on its way: record what the server answered. */
  private async recordServerAnswer(
    attempt: Attempt,
    organizationId: string | null,
  ): Promise<DeliveryOutcome> {
    const id = attempt.id;
    try {
      const sent = await attempt.sending!;
      await this.tx
        .asSystem('record SMTP confirmation', (em) => outboxRows.confirmed(em, id, sent.response))
        .catch((err: unknown) =>
          this.logger.warn({ err, notificationId: id }, 'could not record the SMTP reply'),
        );
      return { outcome: 'sent', confirmed: true, organizationId };
    } catch (err) {
      const error = asMailError(err);
      if (error.notDelivered) {
        // Refused, or failed before the dot left: the server does not have it, so it may be sent again.
        const final = attempt.final || error.permanent;
        await this.tx.asSystem('undo SENT after refusal', (em) =>
          outboxRows.failure(em, id, error, final, true),
        );
        throw new DeliveryError(describeMailError(error), !final, organizationId);
      }
      // Lost while waiting for the answer: the server may have it. Sending again could duplicate it.
      await this.tx
        .asSystem('record unconfirmed send', (em) => outboxRows.unconfirmed(em, id, error))
        .catch(() => undefined);
      this.logger.warn(
        { notificationId: id, err: error.message },
        'sent, but the SMTP server did not confirm',
      );
      return { outcome: 'sent', confirmed: false, organizationId };
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

  /** Marks a row FAILED for good when its job ran out of attempts without reaching SMTP (e.g. it stalled). */
  async markFailed(notificationId: string, error: string): Promise<void> {
    await this.tx.asSystem('mark notification failed', (em) =>
      outboxRows.failedForGood(em, notificationId, error),
    );
  }
}
