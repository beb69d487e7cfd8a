import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A day the reminder scan ran for (its `asOf`, Bangkok) and how many reminders it put in the outbox. The next
 * scan reads only the overdue measures and steps whose weekly reminder falls after the last scanned day
 * (migration 1732696000000). System data.
 */
@Entity('reminder_scans')
export class ReminderScanRecord {
  /** 'YYYY-MM-DD' */
  @PrimaryColumn({ name: 'as_of', type: 'date', primaryKeyConstraintName: 'PK_reminder_scans' })
  asOf: string;

  /** Outbox rows created by the scans of this day (a re-run adds its own, usually 0). */
  @Column({ type: 'int' })
  created: number;

  @Column({ name: 'scanned_at', type: 'timestamptz', default: () => 'now()' })
  scannedAt: Date;
}
