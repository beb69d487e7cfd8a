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
import { numericTransformer } from '@prongsai/database';
import { Organization } from '@prongsai/organizations';
import { ScoreSource } from './score-source';

/**
 * One recorded indicator score. Tenant-owned and append-only: a correction is a new row, so the history of
 * what was believed when stays readable (the app role has no UPDATE on this table). The bigserial id orders
 * rows recorded in the same transaction, whose `recorded_at` (now()) is equal.
 */
@Entity('indicator_scores')
@Index('IDX_indicator_scores_organization_year', ['organizationId', 'fiscalYear'])
@Check('CHK_indicator_scores_score', `"score" >= 0 AND "score" <= 100`)
export class IndicatorScoreRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_indicator_scores_organization' })
  organization?: Organization;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  /** '1'..'10' in FY2566; stable across years (unlike OIT item codes). */
  @Column({ name: 'indicator_code', type: 'varchar', length: 10 })
  indicatorCode: string;

  /** 0..100 with 2 decimals, as the NACC publishes. */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer })
  score: number;

  @Column({ type: 'enum', enum: ScoreSource, enumName: 'score_source' })
  source: ScoreSource;

  /** Null for scores loaded by the system (imports). */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
