import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '@prongsai/database';
import type { FrameworkDefinition } from './framework-definition';

/**
 * Reference data (not tenant-owned, no row-level security): one ITA framework per fiscal year, loaded by
 * `db:seed` from the bundled JSON. The pass threshold is a column too, so SQL (roll-ups) can read it
 * without unpacking the definition.
 */
@Entity('frameworks')
export class FrameworkRecord {
  /** Buddhist era, e.g. 2566. */
  @PrimaryColumn({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  @Column({
    name: 'pass_threshold',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  passThreshold: number;

  /** The whole `FrameworkDefinition`, validated again when read. */
  @Column({ type: 'jsonb' })
  definition: FrameworkDefinition;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
