import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '@prongsai/database';
import type { FrameworkDefinition } from './framework-definition';
import { FrameworkVersion } from './framework-version.entity';

/**
 * Reference data (not tenant-owned): the current PUBLISHED framework of each fiscal year — what scoring,
 * roll-up SQL and the nightly recompute read. Every revision, drafts included, lives in
 * `framework_versions`; publishing one rewrites this row. The pass threshold and the definition are copied
 * here so SQL can read them without a join.
 */
@Entity('frameworks')
@Index('UQ_frameworks_version_id', ['versionId'], { unique: true })
export class FrameworkRecord {
  /** Buddhist era, e.g. 2566. */
  @PrimaryColumn({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => FrameworkVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_frameworks_version' })
  version?: FrameworkVersion;

  /** The revision of `version_id`, for estimates to say which one they used. */
  @Column({ type: 'int' })
  revision: number;

  @Column({
    name: 'pass_threshold',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  passThreshold: number;

  /** The whole `FrameworkDefinition` of that version, validated again when read. */
  @Column({ type: 'jsonb' })
  definition: FrameworkDefinition;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
