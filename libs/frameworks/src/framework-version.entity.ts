import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@prongsai/auth';
import type { FrameworkDefinition } from './framework-definition';

/** DRAFT while an admin edits it (never used for scoring); PUBLISHED from then on, and never changed again. */
export enum FrameworkStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** Where a version's content came from. */
export enum FrameworkSource {
  /** Shipped in `src/data` and loaded by `db:seed`. */
  BUNDLED = 'BUNDLED',
  /** Copied from another year's (or this year's) published framework, then maybe edited. */
  COPY = 'COPY',
  IMPORT_JSON = 'IMPORT_JSON',
  IMPORT_XLSX = 'IMPORT_XLSX',
}

/**
 * One revision of one fiscal year's framework (reference data, no organization_id). Revisions are numbered
 * per year from 1; a year has at most one DRAFT. The year's current PUBLISHED revision is the one
 * `frameworks.version_id` points at (migration 1732630000000-framework-versions).
 */
@Entity('framework_versions')
@Index('UQ_framework_versions_year_revision', ['fiscalYear', 'revision'], { unique: true })
@Index('UQ_framework_versions_one_draft', ['fiscalYear'], { unique: true, where: "status = 'DRAFT'" })
@Check('CHK_framework_versions_published', `("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)`)
@Check('CHK_framework_versions_revision', `"revision" >= 1`)
export class FrameworkVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_framework_versions' })
  id: string;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  @Column({ type: 'int' })
  revision: number;

  @Column({
    type: 'enum',
    enum: FrameworkStatus,
    enumName: 'framework_status',
    default: FrameworkStatus.DRAFT,
  })
  status: FrameworkStatus;

  @Column({ type: 'enum', enum: FrameworkSource, enumName: 'framework_source' })
  source: FrameworkSource;

  /** Thai, for people: what this revision is, e.g. "ยังไม่ยืนยันเกณฑ์ของปีนี้: คัดลอกจากเกณฑ์ปี 2567". */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Whether an admin has checked it against the NACC's published framework of the year. */
  @Column({ name: 'confirmed_by_nacc', type: 'boolean', default: false })
  confirmedByNacc: boolean;

  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => FrameworkVersion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id', foreignKeyConstraintName: 'FK_framework_versions_copied_from' })
  copiedFrom?: FrameworkVersion | null;

  /** A complete `FrameworkDefinition`, validated before every write and again when read. */
  @Column({ type: 'jsonb' })
  definition: FrameworkDefinition;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_framework_versions_created_by' })
  creator?: User | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'FK_framework_versions_published_by' })
  publisher?: User | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
