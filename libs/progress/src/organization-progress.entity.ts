import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '@prongsai/database';
import { Organization } from '@prongsai/organizations';
import type { IndicatorEntry, ToolScoreEntry } from './progress-figures';

/**
 * The stored standing of one organization in one fiscal year, rewritten by `ProgressService.recompute`
 * whenever its scores, OIT items or measures change, so reads (and province roll-ups) never recompute.
 * Tenant-owned. The primary key (organization_id, fiscal_year) doubles as the organization_id index.
 */
@Entity('organization_progress')
// Covers what roll-ups read (index-only scans; migration 1732580000000-rollup-indexes).
@Index('IDX_organization_progress_rollup', [
  'fiscalYear',
  'organizationId',
  'passing',
  'grade',
  'estimatedScore',
  'gapToPass',
  'passThreshold',
  'measuresTotal',
  'measuresCompleted',
  'computedAt',
])
export class OrganizationProgressRecord {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_organization_progress_organization' })
  organization?: Organization;

  @PrimaryColumn({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  /** Rounded to 2 decimals; null until every tool has data. */
  @Column({
    name: 'estimated_score',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  estimatedScore: number | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  grade: string | null;

  @Column({ type: 'boolean', nullable: true })
  passing: boolean | null;

  @Column({
    name: 'gap_to_pass',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  gapToPass: number | null;

  @Column({
    name: 'pass_threshold',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  passThreshold: number;

  @Column({ name: 'tool_scores', type: 'jsonb' })
  toolScores: ToolScoreEntry[];

  @Column({ type: 'jsonb' })
  indicators: IndicatorEntry[];

  @Column({ name: 'measures_total', type: 'int', default: 0 })
  measuresTotal: number;

  @Column({ name: 'measures_completed', type: 'int', default: 0 })
  measuresCompleted: number;

  /**
   * As of the Bangkok day of `computed_at`. Overdue-ness moves with the calendar and not only with writes,
   * so readers that need today's figure count afresh (`ProgressService.get` does).
   */
  @Column({ name: 'measures_overdue', type: 'int', default: 0 })
  measuresOverdue: number;

  /** The revision of the year's framework this was computed with (`frameworks.revision` at the time). */
  @Column({ name: 'framework_revision', type: 'int', default: 1 })
  frameworkRevision: number;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
