import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@prongsai/audit';
import { Actor, BadInputError, NotFoundError, isUuid } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { JobName, JobQueue } from '@prongsai/jobs';
import { Notification } from './notification.entity';
import { NotificationStatus } from './notification-kind';

/**
 * The outbox seen from outside the send job: what failed for good and sending it again (ADMIN), and what is
 * still waiting (for the sweep).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. The caller's row-level security applies (ADMIN sees every row). */
  failed(limit: number): Promise<(Notification & { recipientEmail: string })[]> {
    return this.tx.run(async (em) => {
      const rows = await em
        .createQueryBuilder(Notification, 'n')
        .innerJoin('n.recipient', 'u')
        .addSelect('u.email')
        .where('n.status = :status', { status: NotificationStatus.FAILED })
        .orderBy('n.failed_at', 'DESC')
        .addOrderBy('n.id')
        .limit(limit)
        .getRawAndEntities<{ u_email: string }>();
      return rows.entities.map((n, i) => Object.assign(n, { recipientEmail: rows.raw[i].u_email }));
    });
  }

  /**
   * Puts a FAILED row back to PENDING and enqueues its send job again (after the SMTP server or the address
   * was fixed). The send job re-checks everything (opt-out, a closed measure …) as for any first send, and
   * the row's id stays the Message-ID, so the exactly-once guarantee is the same. `attempts` keeps counting
   * and `last_error` stays until the next outcome. Only ADMIN reaches this (the resolver's policy).
   */
  async retryFailed(actor: Actor, id: string): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError('Notification');
    await this.tx.asSystem(`retry notification ${id} by ${actor.userId}`, async (em) => {
      const [row] = await em.query<
        { status: NotificationStatus; organization_id: string | null; kind: string }[]
      >(`SELECT status::text, organization_id, kind::text FROM notifications WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError('Notification');
      if (row.status !== NotificationStatus.FAILED) {
        throw new BadInputError(
          'id',
          `only a FAILED notification can be retried (this one is ${row.status})`,
        );
      }
      await em.query(`UPDATE notifications SET status = 'PENDING', failed_at = NULL WHERE id = $1`, [id]);
      // The audit log belongs to an organization; a province digest has none, so the log line is its record.
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

  /**
   * PENDING rows created more than `olderThanMs` ago, oldest first: their send job may have been lost (Redis
   * lost its data, or the process died between the insert and the enqueue). Re-enqueueing is harmless: the
   * job id is the row id, and a delivered row is never sent again.
   */
  async pendingIds(olderThanMs: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.asSystem('outbox sweep', (em) =>
      em.query(
        `SELECT id FROM notifications
         WHERE status = 'PENDING' AND created_at < now() - make_interval(secs => $1::double precision / 1000)
         ORDER BY created_at LIMIT $2`,
        [olderThanMs, limit],
      ),
    );
    return rows.map((r) => r.id);
  }
}
