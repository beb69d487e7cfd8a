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
import { OitItemStatus, OitReview } from './oit-item-status';

/**
 * An organization's answer to one OIT item of one fiscal year. Only items someone has touched have a row;
 * the rest read as NOT_STARTED. Item codes are only meaningful within their fiscal year. Tenant-owned.
 */
@Entity('oit_item_statuses')
@Index('UQ_oit_item_statuses_organization_year_item', ['organizationId', 'fiscalYear', 'itemCode'], {
  unique: true,
})
export class OitItemRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_oit_item_statuses_organization' })
  organization?: Organization;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear: number;

  /** e.g. 'O42' in FY2566. */
  @Column({ name: 'item_code', type: 'varchar', length: 10 })
  itemCode: string;

  @Column({
    type: 'enum',
    enum: OitItemStatus,
    enumName: 'oit_item_status',
    default: OitItemStatus.NOT_STARTED,
  })
  status: OitItemStatus;

  /** Pages of the LAO's own website that answer the item (http/https only). */
  @Column({ name: 'evidence_urls', type: 'text', array: true, default: () => "'{}'" })
  evidenceUrls: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Null until a supervisor reviews; reset when the answer (status or links) changes afterwards. */
  @Column({ type: 'enum', enum: OitReview, enumName: 'oit_review', nullable: true })
  review: OitReview | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
