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
import { Province } from '@prongsai/organizations';
import { ImportRowError, PersonRow } from './people-file';

export type PeopleImportStatus = 'PREVIEW' | 'QUEUED' | 'SENDING' | 'DONE';

/**
 * One uploaded file of a province's people (LAO code, name, email, role): its parsed rows and row errors
 * (the preview), then, once a supervisor confirms it, the progress of the worker job that sends the
 * invitations. Row-level security by province.
 */
@Entity('people_imports')
@Check('CHK_people_imports_status', `"status" IN ('PREVIEW','QUEUED','SENDING','DONE')`)
export class PeopleImport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_people_imports' })
  id: string;

  @Index('IDX_people_imports_province_code')
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_people_imports_province' })
  province?: Province;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'FK_people_imports_created_by' })
  createdBy?: User;

  @Column({ name: 'file_name', type: 'varchar', length: 300 })
  fileName: string;

  @Column({ name: 'file_sha256', type: 'varchar', length: 64 })
  fileSha256: string;

  @Column({ type: 'jsonb' })
  rows: PersonRow[];

  @Column({ type: 'jsonb' })
  errors: ImportRowError[];

  @Column({ type: 'varchar', length: 20, default: 'PREVIEW' })
  status: PeopleImportStatus;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'integer', default: 0 })
  invited: number;

  @Column({ type: 'integer', default: 0 })
  skipped: number;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
