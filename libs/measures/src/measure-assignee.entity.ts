import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@prongsai/auth';
import { Organization } from '@prongsai/organizations';
import { Measure } from './measure.entity';

/**
 * A member of the organization assigned to carry out a measure. Assignees receive the measure's deadline
 * reminders beside the organization's ITA leads. The free-text `responsible` of the report (a position,
 * often outside the app: "ปลัด อบต.") stays as it is; this is who in the app follows the measure up.
 *
 * Carries the measure's organization_id so row-level security filters it on its own, without a join.
 * An assignment outlives a membership on purpose (the history stays readable), but reminders go only to
 * assignees who are still members (libs/reminders).
 */
@Entity('measure_assignees')
export class MeasureAssignee {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid', primaryKeyConstraintName: 'PK_measure_assignees' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'FK_measure_assignees_measure' })
  measure?: Measure;

  @Index('IDX_measure_assignees_user_id')
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_measure_assignees' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_measure_assignees_user' })
  user?: User;

  @Index('IDX_measure_assignees_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_measure_assignees_organization' })
  organization?: Organization;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_by', foreignKeyConstraintName: 'FK_measure_assignees_assigned_by' })
  assigner?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
