import { ReminderNotificationKind } from './notification-kind';

/**
 * The outbox payload of a deadline reminder: which measure (and, for a step's own due date, which step),
 * the due date it was created for (a moved date makes new reminders, and this one is skipped), the
 * occurrence (`remindOn`, see `reminderOccurrence`) and the Bangkok date the scan ran as of (the email counts
 * "days left" from it).
 */
export interface MeasureReminderPayload {
  measureId: string;
  stepId: string | null;
  dueDate: string;
  remindOn: string;
  asOf: string;
}

/** The outbox payload of a supervisor's weekly digest (the province is the row's `province_code`). */
export interface SupervisorDigestPayload {
  /** The Monday of the ISO week: one digest per supervisor, province and week. */
  weekStart: string;
  asOf: string;
}

/**
 * Idempotency keys. A measure's reminder is the same email for the same (measure, kind, due date, occurrence,
 * recipient); a step's for the same (step, …), so a step due on its measure's date gets a reminder of its
 * own. The reminder scan builds the same strings in SQL (`measureReminderKeySql`); a test keeps them equal.
 */
export function measureReminderKey(
  kind: ReminderNotificationKind,
  p: Pick<MeasureReminderPayload, 'measureId' | 'stepId' | 'dueDate' | 'remindOn'>,
  userId: string,
): string {
  const subject = p.stepId === null ? `measure-reminder:${p.measureId}` : `step-reminder:${p.stepId}`;
  return `${subject}:${kind}:${p.dueDate}:${p.remindOn}:${userId}`;
}

/** `measureReminderKey` over the scan's columns (`kind`, `measure_id`, `step_id`, `due_date`, `remind_on`, `user_id`). */
export function measureReminderKeySql(r: string): string {
  return `(CASE WHEN ${r}.step_id IS NULL THEN 'measure-reminder:' || ${r}.measure_id ELSE 'step-reminder:' || ${r}.step_id END
    || ':' || ${r}.kind || ':' || ${r}.due_date::text || ':' || ${r}.remind_on::text || ':' || ${r}.user_id)`;
}

export function supervisorDigestKey(provinceCode: string, weekStart: string, userId: string): string {
  return `supervisor-digest:${provinceCode}:${weekStart}:${userId}`;
}
