import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '@prongsai/organizations';
import { Measure } from './measure.entity';

/**
 * One step (ขั้นตอนหรือวิธีการปฏิบัติ) of a measure, in order, with an optional due date of its own and a
 * done mark. Carries the measure's organization_id so row-level security filters steps on their own, without
 * a join.
 */
@Entity('measure_steps')
@Index('UQ_measure_steps_measure_position', ['measureId', 'position'], { unique: true })
// Steps still to do that have a due date, covering what the reminder scan reads (most steps have no date):
// (due_date) INCLUDE (id, measure_id, organization_id) WHERE due_date IS NOT NULL AND completed_at IS NULL,
// so a national scan never visits the step rows (350 ms less). TypeORM cannot express INCLUDE, so the
// migration owns it (`synchronize: false`) and test/platform/schema checks its definition.
@Index('IDX_measure_steps_open_due', { synchronize: false })
export class MeasureStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'FK_measure_steps_measure' })
  measure?: Measure;

  @Index('IDX_measure_steps_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_measure_steps_organization' })
  organization?: Organization;

  /** 1-based order within the measure. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  /** 'YYYY-MM-DD'; null when the step has no deadline of its own (then only the measure's counts). */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  /** When it was marked done; null while still to do. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
