import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@prongsai/audit';
import { Actor, BadInputError, ErrorReason, NotFoundError, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { JobName, JobQueue } from '@prongsai/jobs';
import { Notification } from './notification.entity';
import { NotificationStatus } from './notification-status';
import { FAILED_LIST_MAX } from './outbox-limits';

export type FailedEmail = Notification & { recipientAddress: string };

/** The outbox seen by ADMIN: what failed for good, and sending it again once the cause is fixed. */
@Injectable()
export class FailedEmailsService {
  private readonly logger = new Logger(FailedEmailsService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, at most FAILED_LIST_MAX. The caller's row-level security applies (ADMIN sees every row). */
  list(limit: number): Promise<FailedEmail[]> {
    const take = Math.min(Math.max(Math.trunc(limit), 1), FAILED_LIST_MAX);
    return this.tx.run(async (em) => {
      const rows = await em
        .createQueryBuilder(Notification, 'n')
        .leftJoin('n.recipient', 'u')
        .addSelect('coalesce(u.email, n.recipient_email)', 'recipient_address')
        .where('n.status = :status', { status: NotificationStatus.FAILED })
        .orderBy('n.failed_at', 'DESC')
        .addOrderBy('n.id')
        .limit(take)
        .getRawAndEntities<{ recipient_address: string }>();
      return rows.entities.map((n, i) =>
        Object.assign(n, { recipientAddress: rows.raw[i].recipient_address }),
      );
    });
  }

  /**
   * Puts a FAILED row back to PENDING and enqueues its send job again (after the SMTP server or the address
   * was fixed). The send job re-checks everything (opt-out, a closed measure …) as for any first send, and
   * the row's id stays the Message-ID, so the exactly-once guarantee is the same. `attempts` keeps counting
   * and `last_error` stays until the next outcome. Only ADMIN reaches this (the resolver's policy).
   */
  async retry(actor: Actor, id: string): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError(ErrorReason.NOTIFICATION_NOT_FOUND, 'Notification');
    await this.tx.asSystem(`retry notification ${id} by ${actor.userId}`, async (em) => {
      const [row] = await em.query<
        { status: NotificationStatus; organization_id: string | null; kind: string }[]
      >(`SELECT status::text, organization_id, kind FROM notifications WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(ErrorReason.NOTIFICATION_NOT_FOUND, 'Notification');
      if (row.status !== NotificationStatus.FAILED) {
        throw new BadInputError(
          'id',
          ErrorReason.NOTIFICATION_NOT_FAILED,
          `only a FAILED notification can be retried (this one is ${row.status})`,
        );
      }
      await em.query(`UPDATE notifications SET status = 'PENDING', failed_at = NULL WHERE id = $1`, [id]);
      // The audit log belongs to an organization; an email without one (a digest, a password reset) has the
      // log line as its record.
      if (row.organization_id) {
        await this.audit.record({
          organizationId: row.organization_id,
          actorUserId: actor.userId,
          action: 'notification.retry',
          entityType: 'notification',
          entityId: id,
          before: { status: row.status, kind: row.kind },
        });
      }
    });
    this.logger.log({ notificationId: id, by: actor.userId }, 'failed notification re-queued');
    try {
      await this.jobs.enqueueAgain(JobName.SendNotification, { notificationId: id });
    } catch (err) {
      // Committed as PENDING: the outbox sweep enqueues it once Redis answers again.
      this.logger.warn({ err, notificationId: id }, 'could not enqueue the retry; the outbox sweep will');
    }
  }
}
