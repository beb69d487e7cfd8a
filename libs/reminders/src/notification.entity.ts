import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@prongsai/auth';
import { Measure, MeasureStep } from '@prongsai/measures';
import { Organization, Province } from '@prongsai/organizations';
import { NotificationKind, NotificationStatus } from './notification-kind';

/**
 * The email outbox: one row per email that should exist. A scan inserts rows (ON CONFLICT DO NOTHING on the
 * unique keys below, so scanning twice creates nothing); the send job moves a row from PENDING to SENT once.
 *
 * Reminder rows belong to an organization and a measure (and, for a step's own due date, a step); digest
 * rows to a province. `remind_on` is the occurrence: 7 days before, the day before, or the day after the due
 * date and every 7 days after (overdue reminders repeat weekly, so the measure, kind and due date alone
 * cannot be the key). Measure and step reminders have separate keys (partial unique indexes): a step due on
 * the measure's own date is a reminder of its own.
 */
@Entity('notifications')
@Check(
  'CHK_notifications_subject',
  `("kind" = 'SUPERVISOR_DIGEST' AND "province_code" IS NOT NULL AND "measure_id" IS NULL)
   OR ("kind" <> 'SUPERVISOR_DIGEST' AND "measure_id" IS NOT NULL AND "organization_id" IS NOT NULL AND "due_date" IS NOT NULL)`,
)
@Index('UQ_notifications_reminder', ['recipientUserId', 'measureId', 'kind', 'dueDate', 'remindOn'], {
  unique: true,
  where: `step_id IS NULL`,
})
@Index('UQ_notifications_step_reminder', ['recipientUserId', 'stepId', 'kind', 'dueDate', 'remindOn'], {
  unique: true,
  where: `step_id IS NOT NULL`,
})
@Index('UQ_notifications_digest', ['recipientUserId', 'kind', 'provinceCode', 'remindOn'], { unique: true })
@Index('IDX_notifications_status_created', ['status', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({
    type: 'enum',
    enum: NotificationStatus,
    enumName: 'notification_status',
    default: NotificationStatus.PENDING,
  })
  status: NotificationStatus;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'FK_notifications_recipient' })
  recipient?: User;

  /** Null only for province digests. */
  @Index('IDX_notifications_organization_id')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_notifications_organization' })
  organization?: Organization | null;

  @Index('IDX_notifications_measure_id')
  @Column({ name: 'measure_id', type: 'uuid', nullable: true })
  measureId: string | null;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'FK_notifications_measure' })
  measure?: Measure | null;

  /** Set for a reminder about one step's own due date (then `due_date` is the step's). */
  @Index('IDX_notifications_step_id')
  @Column({ name: 'step_id', type: 'uuid', nullable: true })
  stepId: string | null;

  @ManyToOne(() => MeasureStep, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id', foreignKeyConstraintName: 'FK_notifications_step' })
  step?: MeasureStep | null;

  /**
   * The measure's (or the step's) due date when the reminder was created: moving the due date makes new
   * reminders.
   */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_notifications_province' })
  province?: Province | null;

  /** The occurrence this row is (see the class comment); for digests, the Monday of the week. */
  @Column({ name: 'remind_on', type: 'date' })
  remindOn: string;

  /** The Bangkok date the scan ran as of: the email's "days left" and "ข้อมูล ณ วันที่" are counted from it. */
  @Column({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'skip_reason', type: 'varchar', length: 200, nullable: true })
  skipReason: string | null;

  /** The Message-ID header sent (derived from the row id, so every attempt of one row uses the same). */
  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  /** The SMTP server's reply to the end of data; null while unconfirmed (see NotificationDelivery). */
  @Column({ name: 'smtp_response', type: 'text', nullable: true })
  smtpResponse: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
