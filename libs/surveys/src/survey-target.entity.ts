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
import { SurveyTool } from './survey-tool';

/**
 * What an LAO must achieve in one ITAS survey of one year: the access code ITAS gave it, the staff count
 * it declared (IIT only), the minimum number of responses and how many came in so far. Tenant-owned.
 */
@Entity('survey_targets')
@Index('UQ_survey_targets_organization_year_tool', ['organizationId', 'fiscalYear', 'tool'], { unique: true })
export class SurveyTarget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_survey_targets_organization' })
  organization?: Organization;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  @Column({ type: 'enum', enum: SurveyTool, enumName: 'survey_tool' })
  tool: SurveyTool;

  @Column({ name: 'access_code', type: 'varchar', length: 6, nullable: true })
  accessCode: string | null;

  /** IIT: staff with at least one year of service (ITAS sets the sample from it). */
  @Column({ name: 'eligible_staff_count', type: 'int', nullable: true })
  eligibleStaffCount: number | null;

  @Column({ name: 'minimum_responses', type: 'int', nullable: true })
  minimumResponses: number | null;

  @Column({ name: 'responses_so_far', type: 'int', default: 0 })
  responsesSoFar: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
