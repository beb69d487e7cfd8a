import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { renderReminderEmail, RenderedEmail } from '@prongsai/mail';
import { isOpenMeasureStatus, MeasureStatus, responsibleMembershipSql } from '@prongsai/measures';
import { OutboxEmail, OutboxKind, OutboxKindHandler, RenderLinks } from '@prongsai/outbox';
import { REMINDER_KINDS, ReminderNotificationKind } from '../notification-kind';
import { MeasureReminderPayload } from '../reminder-payloads';

/** What a reminder shows and what decides whether it is still wanted, read when it is sent. */
export interface MeasureReminderFacts {
  /** Null when the measure was deleted since. */
  measure: { title: string; status: MeasureStatus; dueDate: string } | null;
  /** For a step's reminder; null when the step was deleted (or replaced) since. */
  step: { order: number; description: string; dueDate: string | null; done: boolean } | null;
  organizationName: string;
  /** Still an ITA lead of the organization, or a member assigned to the measure (`responsibleMembershipSql`). */
  recipientResponsible: boolean;
}

type Email = OutboxEmail<MeasureReminderPayload>;

/** Why a reminder must not be sent any more, or null (the recipient's own state is the outbox's check). */
export function measureReminderSkipReason(email: Email, facts: MeasureReminderFacts): string | null {
  if (!facts.recipientResponsible) return 'recipient no longer responsible';
  const { measure } = facts;
  if (!measure) return 'measure deleted';
  if (!isOpenMeasureStatus(measure.status)) return `measure ${measure.status.toLowerCase()}`;
  if (email.payload.stepId !== null) {
    if (!facts.step) return 'step deleted';
    if (facts.step.done) return 'step done';
    if (facts.step.dueDate !== email.payload.dueDate) return 'due date changed';
    return null;
  }
  // The scan makes new reminders for the new date; this one would state the old one.
  if (measure.dueDate !== email.payload.dueDate) return 'due date changed';
  return null;
}

export function renderMeasureReminder(
  email: Email,
  facts: MeasureReminderFacts,
  links: RenderLinks,
): RenderedEmail {
  const { payload } = email;
  return renderReminderEmail({
    kind: email.kind as ReminderNotificationKind,
    recipientName: email.recipient.name,
    organizationName: facts.organizationName,
    measureTitle: facts.measure?.title ?? '',
    step: facts.step ? { order: facts.step.order, description: facts.step.description } : undefined,
    dueDate: payload.dueDate,
    asOf: payload.asOf,
    measureUrl: `${links.appUrl}/measures/${payload.measureId}`,
  });
}

/** Deadline reminders about a measure, or about one step's own due date (7 days before, the day before, overdue). */
@Injectable()
@OutboxKind()
export class MeasureReminderKind implements OutboxKindHandler<MeasureReminderPayload, MeasureReminderFacts> {
  readonly kinds = REMINDER_KINDS;
  readonly optOut = true;

  async load(em: EntityManager, email: Email): Promise<MeasureReminderFacts> {
    const [row] = await em.query<
      {
        title: string | null;
        status: MeasureStatus | null;
        due_date: string | null;
        step_order: number | null;
        step_description: string | null;
        step_due_date: string | null;
        step_done: boolean | null;
        organization_name: string | null;
        responsible: boolean;
      }[]
    >(
      `SELECT m.title, m.status::text AS status, m.due_date::text AS due_date,
         st.position AS step_order, st.description AS step_description, st.due_date::text AS step_due_date,
         (st.completed_at IS NOT NULL) AS step_done, o.name_th AS organization_name,
         EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = $4 AND ms.organization_id = $3
                   AND ${responsibleMembershipSql('ms', '$1::uuid')}) AS responsible
       FROM (SELECT 1) AS one
       LEFT JOIN measures m ON m.id = $1
       LEFT JOIN measure_steps st ON st.id = $2 AND st.measure_id = $1
       LEFT JOIN organizations o ON o.id = $3`,
      [email.payload.measureId, email.payload.stepId, email.organizationId, email.recipient.userId],
    );
    return {
      measure: row.status
        ? { title: row.title ?? '', status: row.status, dueDate: row.due_date ?? '' }
        : null,
      step:
        row.step_order !== null
          ? {
              order: row.step_order,
              description: row.step_description ?? '',
              dueDate: row.step_due_date,
              done: row.step_done === true,
            }
          : null,
      organizationName: row.organization_name ?? '',
      recipientResponsible: row.responsible,
    };
  }

  skipReason(email: Email, facts: MeasureReminderFacts): string | null {
    return measureReminderSkipReason(email, facts);
  }

  render(email: Email, facts: MeasureReminderFacts, links: RenderLinks): RenderedEmail {
    return renderMeasureReminder(email, facts, links);
  }
}
