import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Province } from '@prongsai/organizations';

export enum ReportPackStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  /** Done, but its file has expired and was removed. */
  EXPIRED = 'EXPIRED',
}

/**
 * A province's report pack: one DOCX per LAO plus the roll-up workbook, zipped by a worker job. The row is
 * its progress and its handle; the zip itself lives in the file storage (`storage_key`), never here.
 * Row-level security: the province's supervisors (and ADMIN, and the system) only.
 */
@Entity('report_packs')
@Index('IDX_report_packs_province_year', ['provinceCode', 'fiscalYear'])
export class ReportPackRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_report_packs_province' })
  province?: Province;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  @Column({
    type: 'enum',
    enum: ReportPackStatus,
    enumName: 'report_pack_status',
    default: ReportPackStatus.QUEUED,
  })
  status: ReportPackStatus;

  /** Documents in the pack (the LAOs' reports and the workbook), and how many are written so far. */
  @Column({ type: 'int', default: 0 })
  total: number;

  @Column({ type: 'int', default: 0 })
  done: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 300, nullable: true })
  storageKey: string | null;

  @Column({ name: 'size_bytes', type: 'int', nullable: true })
  sizeBytes: number | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
