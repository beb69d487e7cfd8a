import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantTransaction } from '@prongsai/database';
import { JobName, JobQueue } from '@prongsai/jobs';
import { NewOutboxEmail } from './outbox-kind';
import { IDEMPOTENCY_KEY_MAX, OUTBOX_INSERT_BATCH, OUTBOX_SWEEP_BATCH } from './outbox-limits';

/**
 * The columns a set-based producer's SELECT must return, in this order (see `addSelected`). The payload is a
 * jsonb object of the kind's payload type.
 */
export const OUTBOX_SELECT_COLUMNS =
  'kind, idempotency_key, recipient_user_id, organization_id, province_code, payload' as const;

/**
 * How producers put emails in the outbox, and how what was put there reaches the send queue.
 *
 * Add in the producer's own transaction (the `EntityManager` it writes with), so an email exists exactly when
 * what it announces was committed; `dispatch` the returned ids after that commit, so the send job finds its
 * row. A row whose `dispatch` never happened (a crash, Redis down) is picked up by the sweep: the outbox in
 * PostgreSQL, not Redis, is the record of what must be sent.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Inserts the emails whose idempotency key is new; returns the ids of the rows created. Outbox rows are
   * written by the system only (row-level security's WITH CHECK): call it inside `TenantTransaction.asSystem`.
   */
  async add(em: EntityManager, emails: readonly NewOutboxEmail<object>[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < emails.length; i += OUTBOX_INSERT_BATCH) {
      const batch = emails.slice(i, i + OUTBOX_INSERT_BATCH).map(toRow);
      const rows: { id: string }[] = await em.query(
        `INSERT INTO notifications (kind, idempotency_key, recipient_user_id, recipient_email, recipient_name,
           organization_id, province_code, payload)
         SELECT r.kind, r.idempotency_key, r.recipient_user_id, r.recipient_email, r.recipient_name,
           r.organization_id, r.province_code, r.payload
         FROM jsonb_to_recordset($1::jsonb) AS r(kind text, idempotency_key text, recipient_user_id uuid,
           recipient_email text, recipient_name text, organization_id uuid, province_code text, payload jsonb)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id`,
        [JSON.stringify(batch)],
      );
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  /**
   * The set-based form of `add`, for producers that find their recipients in SQL (the reminder scan makes
   * tens of thousands of rows in one statement): `select` returns `OUTBOX_SELECT_COLUMNS`. Keys already
   * present create nothing.
   */
  async addSelected(em: EntityManager, select: string, params: readonly unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO notifications (${OUTBOX_SELECT_COLUMNS})
       ${select}
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id`,
      params as unknown[],
    );
    return rows.map((r) => r.id);
  }

  /**
   * One send job per row (job id = row id, so enqueueing twice is harmless). If Redis is unreachable the rows
   * stay PENDING and the sweep enqueues them later: the producer has succeeded either way.
   */
  async dispatch(notificationIds: readonly string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    try {
      await this.jobs.enqueueMany(
        JobName.SendNotification,
        notificationIds.map((notificationId) => ({ notificationId })),
      );
    } catch (err) {
      this.logger.warn(
        { err, count: notificationIds.length },
        'could not enqueue send jobs; the outbox sweep will pick the rows up',
      );
    }
  }

  /**
   * Re-enqueues rows still PENDING `olderThanMs` after they were created, oldest first: their send job may
   * have been lost (Redis lost its data, or the process died between the insert and the dispatch). Harmless
   * for rows whose job still exists (same job id), and a delivered row is never sent again. Returns how many.
   */
  async sweep(olderThanMs: number, limit = OUTBOX_SWEEP_BATCH): Promise<number> {
    const ids = await this.pendingIds(olderThanMs, limit);
    await this.dispatch(ids);
    return ids.length;
  }

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

function toRow(email: NewOutboxEmail<object>) {
  if (!email.idempotencyKey || email.idempotencyKey.length > IDEMPOTENCY_KEY_MAX) {
    // A programming error of the producer, not user input.
    throw new RangeError(
      `outbox: idempotency key of ${email.kind} must be 1–${IDEMPOTENCY_KEY_MAX} characters`,
    );
  }
  const to = email.recipient;
  return {
    kind: email.kind,
    idempotency_key: email.idempotencyKey,
    recipient_user_id: 'userId' in to ? to.userId : null,
    recipient_email: 'email' in to ? to.email : null,
    recipient_name: 'email' in to ? to.name : null,
    organization_id: email.organizationId ?? null,
    province_code: email.provinceCode ?? null,
    payload: email.payload,
  };
}
