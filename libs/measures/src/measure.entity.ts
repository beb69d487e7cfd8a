import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization } from '@prongsai/organizations';
import { MeasureStatus, openMeasureSql } from './measure-status';

/**
 * A measure (มาตรการ) of one organization for one fiscal year: a row of the report that O42/O43 publish.
 * Tenant-owned. Steps and evidence live in their own tables (ordered, and loaded in batches).
 */
@Entity('measures')
@Index('IDX_measures_organization_year', ['organizationId', 'fiscalYear'])
// Open measures only, for roll-ups counting "overdue today" (migration 1732580000000-rollup-indexes).
@Index('IDX_measures_open_due', ['organizationId', 'fiscalYear', 'dueDate'], {
  where: openMeasureSql(),
})
// Open measures by due date alone, for the reminder scan: (due_date) INCLUDE (id, organization_id) WHERE open
// (migration 1732696000000). TypeORM cannot express INCLUDE: the migration owns it, test/platform/schema pins it.
@Index('IDX_measures_open_due_date', { synchronize: false })
export class Measure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_measures_organization' })
  organization?: Organization;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  /** มาตรการ */
  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง */
  @Column({ type: 'varchar', length: 500 })
  responsible: string;

  /** กำหนดแล้วเสร็จ, 'YYYY-MM-DD' (a calendar date, no time zone). */
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'enum', enum: MeasureStatus, enumName: 'measure_status', default: MeasureStatus.PLANNED })
  status: MeasureStatus;

  /** ผลการดำเนินการ */
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Indicators ('1'..'10') of the year's framework this measure targets. */
  @Column({ name: 'indicator_codes', type: 'text', array: true, default: () => "'{}'" })
  indicatorCodes: string[];

  /** Shared by the copies of one province-wide measure (one per LAO); null for an LAO's own measure. */
  @Index('IDX_measures_province_measure_id')
  @Column({ name: 'province_measure_id', type: 'uuid', nullable: true })
  provinceMeasureId: string | null;

  /**
   * The previous year's measure this one continues (carry-over); unique, so a measure is carried over once.
   * That origin has the status CARRIED_OVER.
   */
  @Index('UQ_measures_carried_over_from_id', { unique: true })
  @Column({ name: 'carried_over_from_id', type: 'uuid', nullable: true })
  carriedOverFromId: string | null;

  @ManyToOne(() => Measure, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'carried_over_from_id', foreignKeyConstraintName: 'FK_measures_carried_over_from' })
  carriedOverFrom?: Measure | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
