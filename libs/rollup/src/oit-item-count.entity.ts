import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '@prongsai/organizations';

/**
 * Published and accepted OIT items of one organization in one fiscal year, maintained by triggers on
 * `oit_item_statuses` (migration 1732580000000-rollup-indexes): roll-ups read 15,700 of these rows
 * nationally instead of 675,000 item rows. Never written by the application. Tenant-owned (RLS).
 */
@Entity('oit_item_counts')
export class OitItemCountRecord {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_oit_item_counts' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_oit_item_counts_organization' })
  organization?: Organization;

  @PrimaryColumn({ name: 'fiscal_year', type: 'int', primaryKeyConstraintName: 'PK_oit_item_counts' })
  fiscalYear: number;

  /** Items with status PUBLISHED. */
  @Column({ type: 'int', default: 0 })
  published: number;

  /** PUBLISHED items a supervisor ACCEPTED. */
  @Column({ type: 'int', default: 0 })
  accepted: number;
}
