import { Injectable } from '@nestjs/common';
import { TenantTransaction } from '@prongsai/database';
import { Notification } from './notification.entity';
import { NotificationStatus } from './notification-kind';

/** Reads of the outbox: what failed for good (for ADMIN), and what is still waiting (for the sweep). */
@Injectable()
export class OutboxService {
  constructor(private readonly tx: TenantTransaction) {}

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
