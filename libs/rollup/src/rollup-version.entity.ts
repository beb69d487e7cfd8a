import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How often the roll-up data of one organization (in one province) has changed: raised by triggers in the
 * same transaction as every write a roll-up reads (migration 1732697000000-rollup-versions). A province's
 * data version is the sum of its rows (`prongsai_rollup_version`); RollupService caches under it. Never
 * read or written by the application's role itself (only SECURITY DEFINER functions, as the owner); no
 * foreign key: rows outlive their organization, so the sums only ever grow.
 */
@Entity('rollup_versions')
export class RollupVersionRecord {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_rollup_versions' })
  organizationId: string;

  @Index('IDX_rollup_versions_province')
  @PrimaryColumn({
    name: 'province_code',
    type: 'varchar',
    length: 2,
    primaryKeyConstraintName: 'PK_rollup_versions',
  })
  provinceCode: string;

  /** bigint: node-postgres returns it as a string, and it is only ever compared. */
  @Column({ type: 'bigint', default: 1 })
  version: string;
}
