import {
  DigestOrganization,
  OutgoingEmail,
  renderReminderEmail,
  renderSupervisorDigestEmail,
  RenderedEmail,
} from '@prongsai/mail';
import { fiscalYearOf } from '@prongsai/thai';
import { NotificationKind, ReminderNotificationKind } from './notification-kind';

/** An outbox row joined with what its email shows, as read (and locked) by the delivery. */
export interface DeliveryRow {
  id: string;
  kind: NotificationKind;
  status: string;
  attempts: number;
  as_of: string;
  due_date: string | null;
  province_code: string | null;
  organization_id: string | null;
  measure_id: string | null;
  recipient_email: string;
  recipient_name: string;
  recipient_disabled: boolean;
  recipient_opt_outs: string[];
  /**
   * Still an ORG_LEAD of the organization or an assigned member of the measure (reminders), or supervisor of
   * the province (digests).
   */
  recipient_still_responsible: boolean;
  measure_title: string | null;
  measure_status: string | null;
  measure_due_date: string | null;
  /** Set for a step's reminder (the step row exists: deleting a step deletes its reminders). */
  step_id: string | null;
  step_order: number | null;
  step_description: string | null;
  step_due_date: string | null;
  step_done: boolean | null;
  organization_name: string | null;
  province_name: string | null;
}

/** Why a row must not be sent any more, or null. Checked inside the delivery's transaction. */
export function reasonToSkip(row: DeliveryRow): string | null {
  if (row.recipient_disabled) return 'recipient disabled';
  if (row.recipient_opt_outs.includes(row.kind)) return `recipient switched off ${row.kind}`;
  if (!row.recipient_still_responsible) return 'recipient no longer responsible';
  if (row.kind === NotificationKind.SUPERVISOR_DIGEST) return null;
  if (row.measure_status === 'COMPLETED' || row.measure_status === 'CANCELLED') {
    return `measure ${row.measure_status.toLowerCase()}`;
  }
  if (row.step_id !== null) {
    if (row.step_done) return 'step done';
    if (row.step_due_date !== row.due_date) return 'due date changed';
    return null;
  }
  // The scan makes new reminders for the new date; this one would state the old one.
  if (row.measure_due_date !== row.due_date) return 'due date changed';
  return null;
}

export function messageIdFor(notificationId: string, domain: string): string {
  return `${notificationId}@${domain}`;
}

export function reminderEmail(row: DeliveryRow, appUrl: string): RenderedEmail {
  return renderReminderEmail({
    kind: row.kind as ReminderNotificationKind,
    recipientName: row.recipient_name,
    organizationName: row.organization_name ?? '',
    measureTitle: row.measure_title ?? '',
    step:
      row.step_id !== null
        ? { order: row.step_order ?? 0, description: row.step_description ?? '' }
        : undefined,
    dueDate: row.due_date!,
    asOf: row.as_of,
    measureUrl: `${appUrl}/measures/${row.measure_id}`,
  });
}

export interface DigestOrganizationRow {
  id: string;
  name_th: string;
  estimated_score: string | null;
  gap_to_pass: string | null;
  passing: boolean | null;
  measures_overdue: number;
}

export function digestEmail(
  row: DeliveryRow,
  organizations: DigestOrganizationRow[],
  appUrl: string,
): RenderedEmail {
  const toNumber = (v: string | null) => (v === null ? null : Number(v));
  const list: DigestOrganization[] = organizations.map((o) => ({
    name: o.name_th,
    estimatedScore: toNumber(o.estimated_score),
    gapToPass: toNumber(o.gap_to_pass),
    passing: o.passing,
    measuresOverdue: o.measures_overdue,
    url: `${appUrl}/organizations/${o.id}`,
  }));
  return renderSupervisorDigestEmail({
    recipientName: row.recipient_name,
    provinceName: row.province_name ?? '',
    fiscalYear: fiscalYearOf(row.as_of),
    asOf: row.as_of,
    appUrl: `${appUrl}/provinces/${row.province_code}`,
    organizations: list,
  });
}

export function outgoingEmail(row: DeliveryRow, rendered: RenderedEmail, messageId: string): OutgoingEmail {
  return {
    to: { name: row.recipient_name, address: row.recipient_email },
    ...rendered,
    messageId,
    headers: {
      'X-Prongsai-Notification': row.id,
      'X-Prongsai-Kind': row.kind,
      // RFC 3834: machine-generated; auto-responders should not answer.
      'Auto-Submitted': 'auto-generated',
    },
  };
}
