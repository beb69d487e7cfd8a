import { Injectable, Logger } from '@nestjs/common';
import { BadInputError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { JobName, JobQueue } from '@prongsai/jobs';
import { parseIsoDate } from '@prongsai/thai';
import { DUE_SOON_DAYS, OVERDUE_REPEAT_DAYS } from './reminder-occurrence';

export interface ScanResult {
  /** New outbox rows, each with a send job enqueued. */
  created: number;
  /** Time in the INSERT … SELECT (its transaction included) and in enqueueing the send jobs. */
  sqlMs: number;
  enqueueMs: number;
}

/**
 * Finds every reminder due as of a date and puts it in the outbox, in one INSERT … SELECT whatever the
 * number of measures: candidates are the open measures due within 7 days or already overdue, and the steps
 * of open measures that have a due date of their own and are not done (same windows), each mapped to its
 * occurrence (`reminderOccurrence`, written in SQL), times its recipients — the organization's ITA leads and
 * the measure's assignees who are still members — who are enabled and have not switched that kind off.
 * ON CONFLICT DO NOTHING on the outbox key makes a repeated scan insert nothing, so only rows this scan
 * created get a send job.
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger(ReminderScanService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly jobs: JobQueue,
  ) {}

  async scan(asOf: string, reason = 'reminder scan'): Promise<ScanResult> {
    const parsed = parseIsoDate(asOf);
    if (!parsed.ok) throw new BadInputError('asOf', parsed.reason);
    const started = Date.now();
    const rows: { id: string }[] = await this.tx.asSystem(`${reason} as of ${asOf}`, (em) =>
      em.query(
        `WITH candidates AS (
           SELECT m.id AS measure_id, NULL::uuid AS step_id, m.organization_id, m.due_date,
             (m.due_date - $1::date) AS days_left
           FROM measures m
           WHERE m.status IN ('PLANNED', 'IN_PROGRESS') AND m.due_date <= $1::date + $2::int
           UNION ALL
           -- Steps with a due date of their own, not done, of an open measure.
           SELECT s.measure_id, s.id, s.organization_id, s.due_date, (s.due_date - $1::date)
           FROM measure_steps s
           JOIN measures m ON m.id = s.measure_id AND m.status IN ('PLANNED', 'IN_PROGRESS')
           WHERE s.due_date IS NOT NULL AND s.completed_at IS NULL AND s.due_date <= $1::date + $2::int
         ), occurrences AS (
           SELECT c.measure_id, c.step_id, c.organization_id, c.due_date,
             CASE WHEN c.days_left >= 2 THEN 'DUE_IN_7_DAYS'
                  WHEN c.days_left >= 0 THEN 'DUE_TOMORROW'
                  ELSE 'OVERDUE' END::notification_kind AS kind,
             CASE WHEN c.days_left >= 2 THEN c.due_date - $2::int
                  WHEN c.days_left >= 0 THEN c.due_date - 1
                  ELSE c.due_date + 1 + $3::int * ((-c.days_left - 1) / $3::int) END AS remind_on
           FROM candidates c
         ), recipients AS (
           -- The organization's ITA leads …
           SELECT o.*, ms.user_id
           FROM occurrences o
           JOIN memberships ms ON ms.organization_id = o.organization_id AND ms.role = 'ORG_LEAD'
           UNION ALL
           -- … and the measure's assignees who are still members of the organization (a lead who is also
           -- assigned appears twice here: the DISTINCT below keeps one).
           SELECT o.*, a.user_id
           FROM occurrences o
           JOIN measure_assignees a ON a.measure_id = o.measure_id
           WHERE EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = a.user_id
                           AND ms.organization_id = o.organization_id AND ms.role IN ('ORG_LEAD', 'ORG_MEMBER'))
         )
         INSERT INTO notifications (kind, recipient_user_id, organization_id, measure_id, step_id, due_date, remind_on, as_of)
         SELECT DISTINCT r.kind, r.user_id, r.organization_id, r.measure_id, r.step_id, r.due_date, r.remind_on, $1::date
         FROM recipients r
         JOIN users u ON u.id = r.user_id
         WHERE NOT u.disabled AND NOT (r.kind::text = ANY (u.email_opt_outs))
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [parsed.value, DUE_SOON_DAYS, OVERDUE_REPEAT_DAYS],
      ),
    );
    const inserted = Date.now();
    await this.enqueueSends(rows.map((r) => r.id));
    const result = { created: rows.length, sqlMs: inserted - started, enqueueMs: Date.now() - inserted };
    this.logger.log({ asOf, ...result }, 'reminder scan done');
    return result;
  }

  /**
   * After the commit, so the job finds its row. If Redis is unreachable the rows stay PENDING and the
   * worker's outbox sweep enqueues them later: the scan itself has succeeded.
   */
  async enqueueSends(notificationIds: string[]): Promise<void> {
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
}
