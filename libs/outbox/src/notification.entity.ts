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
import { Organization, Province } from '@prongsai/organizations';
import { NotificationStatus } from './notification-status';

/**
 * The email outbox: one row per email that should exist, whatever produced it (a reminder scan, the weekly
 * digest, an invitation …). A producer inserts rows in its own transaction with ON CONFLICT DO NOTHING on
 * `idempotency_key`, so producing twice creates nothing; the send job moves a row from PENDING to SENT once.
 *
 * The outbox knows nothing of measures or provinces' digests: `kind` names a registered `OutboxKindHandler`
 * and `payload` is that kind's typed data (ids and dates, read again when the email is sent). The tenant
 * columns exist for row-level security and the audit log, not for rendering.
 */
@Entity('notifications')
@Check('CHK_notifications_recipient', `"recipient_user_id" IS NOT NULL OR "recipient_email" IS NOT NULL`)
@Index('UQ_notifications_idempotency_key', ['idempotencyKey'], { unique: true })
@Index('IDX_notifications_status_created', ['status', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A kind registered with `@OutboxKind` (text, not a database enum: a new kind needs no migration). */
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  /**
   * What makes this email the same email when produced again, e.g.
   * `measure-reminder:<measure>:DUE_IN_7_DAYS:2023-02-10:2023-02-03:<user>`. Unique.
   */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 300 })
  idempotencyKey: string;

  @Column({
    type: 'enum',
    enum: NotificationStatus,
    enumName: 'notification_status',
    default: NotificationStatus.PENDING,
  })
  status: NotificationStatus;

  /** The account it goes to; its current address and name are read when sending. */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'FK_notifications_recipient' })
  recipient?: User | null;

  /** For someone without an account (an invitation): the address and name to use. */
  @Column({ name: 'recipient_email', type: 'varchar', length: 320, nullable: true })
  recipientEmail: string | null;

  @Column({ name: 'recipient_name', type: 'varchar', length: 200, nullable: true })
  recipientName: string | null;

  /** The organization the email is about (row-level security: its members may read the row). */
  @Index('IDX_notifications_organization_id')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_notifications_organization' })
  organization?: Organization | null;

  /** The province a province-wide email is about (digests), when no single organization is. */
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_notifications_province' })
  province?: Province | null;

  /** The kind's own data (see its payload type). */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'skip_reason', type: 'varchar', length: 200, nullable: true })
  skipReason: string | null;

  /** The Message-ID header sent (derived from the row id, so every attempt of one row uses the same). */
  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  /** The SMTP server's reply to the end of data; null while unconfirmed (see OutboxDelivery). */
  @Column({ name: 'smtp_response', type: 'text', nullable: true })
  smtpResponse: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
