import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '@prongsai/organizations';

/**
 * One check of one evidence URL of one organization, kept as history: the latest row per (organization,
 * url) is the link's state; older rows show since when it is broken and which page an assessor accepted.
 */
@Entity('link_check_results')
@Index('IDX_link_check_results_org_url_checked', ['organizationId', 'url', 'checkedAt'])
export class LinkCheckResultRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_link_check_results_organization' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;

  /** OK, BROKEN, UNREACHABLE or REFUSED (`LinkOutcome`). */
  @Column({ type: 'varchar', length: 16 })
  outcome: string;

  @Column({ name: 'http_status', type: 'int', nullable: true })
  httpStatus: number | null;

  @Column({ name: 'final_url', type: 'varchar', length: 2000, nullable: true })
  finalUrl: string | null;

  @Column({ type: 'int', default: 0 })
  redirects: number;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;

  @Column({ name: 'content_type', type: 'varchar', length: 200, nullable: true })
  contentType: string | null;

  @Column({ name: 'content_hash', type: 'char', length: 64, nullable: true })
  contentHash: string | null;

  @Column({ type: 'boolean', default: false })
  truncated: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
