import { addDays, daysBetween } from '@prongsai/thai';
import { NotificationKind, ReminderNotificationKind } from './notification-kind';

export interface ReminderOccurrence {
  kind: ReminderNotificationKind;
  /** The date this reminder is "for"; with the recipient, measure, kind and due date it is the outbox key. */
  remindOn: string;
}

/** The first day of the "due soon" window: 7 days before the due date. */
export const DUE_SOON_DAYS = 7;
/** Overdue reminders repeat every 7 days after the first, on the day after the due date. */
export const OVERDUE_REPEAT_DAYS = 7;

/**
 * Which reminder an open measure due on `dueDate` should have had by `asOf` (both 'YYYY-MM-DD', Bangkok):
 *
 * | days left (dueDate − asOf) | kind          | remindOn                          |
 * |----------------------------|---------------|-----------------------------------|
 * | 7 … 2                      | DUE_IN_7_DAYS | dueDate − 7                       |
 * | 1 … 0                      | DUE_TOMORROW  | dueDate − 1                       |
 * | −1, −2, …                  | OVERDUE       | dueDate + 1 + 7·⌊(overdue − 1)/7⌋ |
 * | more than 7                | none          |                                   |
 *
 * Windows rather than exact days so a scan that did not run on the day (the worker was down, a deploy at
 * 08:00) still sends the reminder late instead of never; the outbox key makes every later scan of the same
 * window a no-op. The email's wording counts from the scan date, so a late "7 days" reminder says 6 days.
 * `ReminderScanService`'s SQL is this function, set-based; a test keeps the two in step.
 */
export function reminderOccurrence(asOf: string, dueDate: string): ReminderOccurrence | null {
  const daysLeft = daysBetween(asOf, dueDate);
  if (daysLeft > DUE_SOON_DAYS) return null;
  if (daysLeft >= 2)
    return { kind: NotificationKind.DUE_IN_7_DAYS, remindOn: addDays(dueDate, -DUE_SOON_DAYS) };
  if (daysLeft >= 0) return { kind: NotificationKind.DUE_TOMORROW, remindOn: addDays(dueDate, -1) };
  const overdue = -daysLeft;
  const week = Math.floor((overdue - 1) / OVERDUE_REPEAT_DAYS);
  return { kind: NotificationKind.OVERDUE, remindOn: addDays(dueDate, 1 + OVERDUE_REPEAT_DAYS * week) };
}

/** Monday of the ISO week of `date`: one supervisor digest per week, whichever day it runs. */
export function weekStart(date: string): string {
  // 1970-01-05 was a Monday.
  const offset = ((daysBetween('1970-01-05', date) % 7) + 7) % 7;
  return addDays(date, -offset);
}

/**
 * The due dates of the overdue measures (and steps) whose weekly reminder falls after the last scan, up to
 * `asOf`: the days `asOf − 1 − j − 7k` for j below the days since `lastScan` and every k back to
 * `earliestDue`. With `reminderOccurrence`, exactly those due dates have an OVERDUE `remindOn` in
 * (lastScan, asOf]; the reminders of the other overdue ones are in the outbox already, so a daily scan reads
 * about a seventh of the overdue measures instead of all of them.
 *
 * Null when the last scan is a week or more back (or there is none): every overdue measure may be due one,
 * and the scan reads them all, as a first scan does. A measure that becomes overdue sideways (created with a
 * past due date, reopened) gets its first reminder on its next weekly day rather than at the next scan.
 */
export function overdueDueDates(
  asOf: string,
  lastScan: string | null,
  earliestDue: string | null,
): string[] | null {
  if (lastScan === null) return null;
  const gap = daysBetween(lastScan, asOf);
  if (gap < 1) throw new RangeError(`lastScan ${lastScan} must be before asOf ${asOf}`);
  if (gap >= OVERDUE_REPEAT_DAYS) return null;
  if (earliestDue === null) return [];
  const dates: string[] = [];
  for (let back = 1; ; back += OVERDUE_REPEAT_DAYS) {
    for (let j = 0; j < gap; j++) {
      const due = addDays(asOf, -back - j);
      if (due < earliestDue) return dates;
      dates.push(due);
    }
  }
}
