/**
 * The kinds of email this lib produces (outbox `kind` values) and the unit of opt-out: users.email_opt_outs
 * holds the kinds a user switched off. The three reminder kinds match `ReminderKind` of @prongsai/mail.
 */
export enum NotificationKind {
  DUE_IN_7_DAYS = 'DUE_IN_7_DAYS',
  DUE_TOMORROW = 'DUE_TOMORROW',
  OVERDUE = 'OVERDUE',
  SUPERVISOR_DIGEST = 'SUPERVISOR_DIGEST',
}

export const REMINDER_KINDS = [
  NotificationKind.DUE_IN_7_DAYS,
  NotificationKind.DUE_TOMORROW,
  NotificationKind.OVERDUE,
] as const;

export type ReminderNotificationKind = (typeof REMINDER_KINDS)[number];
