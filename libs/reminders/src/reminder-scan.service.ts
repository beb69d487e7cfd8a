import { Injectable, Logger } from '@nestjs/common';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { openMeasureSql, responsibleMembershipSql } from '@prongsai/measures';
import { OutboxService } from '@prongsai/outbox';
import { parseIsoDate } from '@prongsai/thai';
import { DUE_SOON_DAYS, OVERDUE_REPEAT_DAYS, overdueDueDates } from './reminder-occurrence';
import { measureReminderKeySql } from './reminder-payloads';

export interface ScanResult {
  /** New outbox rows, each with a send job enqueued. */
  created: number;
  /** Time in the INSERT … SELECT (its transaction included) and in enqueueing the send jobs. */
  sqlMs: number;
  enqueueMs: number;
}

/**
 * Finds every reminder due as of a date and puts it in the outbox, in one INSERT … SELECT whatever the
 * number of measures: candidates are the open measures due within 7 days or overdue with a weekly reminder
 * since the last scan (`overdueDueDates`: all overdue ones when no scan ran in the past week), and the steps
 * of open measures that have a due date of their own and are not done (same windows), each mapped to its
 * occurrence (`reminderOccurrence`, written in SQL), times the members responsible for the measure
 * (`responsibleMembershipSql`: its ITA leads and its assignees) who are enabled and have not switched that
 * kind off. The outbox's idempotency key makes a repeated scan insert nothing, so only rows this scan created
 * get a send job. The day is recorded in `reminder_scans` in the same transaction.
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger(ReminderScanService.name);

  constructor(
    private readonly tx: TenantTransaction,
    private readonly outbox: OutboxService,
  ) {}

  async scan(asOf: string, reason = 'reminder scan'): Promise<ScanResult> {
    const parsed = parseIsoDate(asOf);
    if (!parsed.ok) throw new BadInputError('asOf', ErrorReason.INVALID_DATE, parsed.reason);
    const started = Date.now();
    const ids = await this.tx.asSystem(`${reason} as of ${asOf}`, async (em) => {
      // The overdue part reads only the due dates whose weekly reminder falls after the last scan (both due-date
      // indexes answer min() at once); the due-soon part is a week of due dates whatever happened before.
      const [{ last_scan, earliest_due }] = await em.query<
        { last_scan: string | null; earliest_due: string | null }[]
      >(
        `SELECT (SELECT max(as_of)::text FROM reminder_scans WHERE as_of < $1::date) AS last_scan,
                least((SELECT min(due_date) FROM measures WHERE ${openMeasureSql()}),
                      (SELECT min(due_date) FROM measure_steps WHERE due_date IS NOT NULL AND completed_at IS NULL)
                )::text AS earliest_due`,
        [parsed.value],
      );
      const overdue = overdueDueDates(parsed.value, last_scan, earliest_due);
      const overdueSql = (due: string) =>
        overdue === null ? `${due} < $1::date` : `${due} = ANY ($4::date[])`;
      const created = await this.outbox.addSelected(
        em,
        `WITH candidates AS (
           SELECT m.id AS measure_id, NULL::uuid AS step_id, m.organization_id, m.due_date,
             (m.due_date - $1::date) AS days_left
           FROM measures m
           WHERE ${openMeasureSql('m')}
             AND (m.due_date BETWEEN $1::date AND $1::date + $2::int OR ${overdueSql('m.due_date')})
           UNION ALL
           -- Steps with a due date of their own, not done, of an open measure.
           SELECT s.measure_id, s.id, s.organization_id, s.due_date, (s.due_date - $1::date)
           FROM measure_steps s
           JOIN measures m ON m.id = s.measure_id AND ${openMeasureSql('m')}
           WHERE s.due_date IS NOT NULL AND s.completed_at IS NULL
             AND (s.due_date BETWEEN $1::date AND $1::date + $2::int OR ${overdueSql('s.due_date')})
         ), occurrences AS (
           SELECT c.measure_id, c.step_id, c.organization_id, c.due_date,
             CASE WHEN c.days_left >= 2 THEN 'DUE_IN_7_DAYS'
                  WHEN c.days_left >= 0 THEN 'DUE_TOMORROW'
                  ELSE 'OVERDUE' END AS kind,
             CASE WHEN c.days_left >= 2 THEN c.due_date - $2::int
                  WHEN c.days_left >= 0 THEN c.due_date - 1
                  ELSE c.due_date + 1 + $3::int * ((-c.days_left - 1) / $3::int) END AS remind_on
           FROM candidates c
         ), recipients AS (
           SELECT o.*, ms.user_id
           FROM occurrences o
           JOIN memberships ms ON ms.organization_id = o.organization_id
           WHERE ${responsibleMembershipSql('ms', 'o.measure_id')}
         )
         SELECT r.kind, ${measureReminderKeySql('r')}, r.user_id, r.organization_id, NULL,
           jsonb_build_object('measureId', r.measure_id, 'stepId', r.step_id, 'dueDate', r.due_date,
             'remindOn', r.remind_on, 'asOf', $1::date)
         FROM recipients r
         JOIN users u ON u.id = r.user_id
         WHERE NOT u.disabled AND NOT (r.kind = ANY (u.email_opt_outs))`,
        [parsed.value, DUE_SOON_DAYS, OVERDUE_REPEAT_DAYS, ...(overdue === null ? [] : [overdue])],
      );
      await em.query(
        `INSERT INTO reminder_scans (as_of, created) VALUES ($1::date, $2)
         ON CONFLICT (as_of) DO UPDATE SET created = reminder_scans.created + EXCLUDED.created, scanned_at = now()`,
        [parsed.value, created.length],
      );
      return created;
    });
    const inserted = Date.now();
    await this.outbox.dispatch(ids);
    const result = { created: ids.length, sqlMs: inserted - started, enqueueMs: Date.now() - inserted };
    this.logger.log({ asOf, ...result }, 'reminder scan done');
    return result;
  }
}
