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
import { User } from '@prongsai/auth';
import { Role } from '@prongsai/common';
import { Organization, Province } from '@prongsai/organizations';
import { PeopleImport } from './imports/people-import.entity';

/**
 * An invitation to hold a role in an LAO (ORG_LEAD, ORG_MEMBER) or a province (PROVINCE_SUPERVISOR), or to be
 * an ADMIN (no scope, no inviter: only `npm run admin:create` makes those, migration 1732695000000). The
 * link's token is stored only as its SHA-256; it works once (accepted_at), until expires_at (7 days), unless
 * revoked (revokedAt; re-inviting revokes the pending one). At most one is pending per (LAO, email) and per
 * (province, email). Tenant-owned: row-level security by its organization or province.
 */
@Entity('invitations')
@Check(
  'CHK_invitations_scope',
  `("role" IN ('ORG_LEAD','ORG_MEMBER') AND "organization_id" IS NOT NULL AND "province_code" IS NULL)
   OR ("role" = 'PROVINCE_SUPERVISOR' AND "province_code" IS NOT NULL AND "organization_id" IS NULL)
   OR ("role" = 'ADMIN' AND "organization_id" IS NULL AND "province_code" IS NULL)`,
)
@Check('CHK_invitations_inviter', `"role" = 'ADMIN' OR "invited_by_user_id" IS NOT NULL`)
@Index('UQ_invitations_pending_organization', ['organizationId', 'email'], {
  unique: true,
  where: 'accepted_at IS NULL AND revoked_at IS NULL',
})
@Index('UQ_invitations_pending_province', ['provinceCode', 'email'], {
  unique: true,
  where: 'accepted_at IS NULL AND revoked_at IS NULL',
})
@Index('UQ_invitations_pending_admin', ['email'], {
  unique: true,
  where: "role = 'ADMIN' AND accepted_at IS NULL AND revoked_at IS NULL",
})
export class Invitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitations' })
  id: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Index('IDX_invitations_organization_id')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_invitations_organization' })
  organization?: Organization | null;

  @Index('IDX_invitations_province_code')
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_invitations_province' })
  province?: Province | null;

  /** Null only for an ADMIN invitation, made by the operator's command (nobody signed in). */
  @Column({ name: 'invited_by_user_id', type: 'uuid', nullable: true })
  invitedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_user_id', foreignKeyConstraintName: 'FK_invitations_invited_by' })
  invitedBy?: User | null;

  /** SHA-256 (hex) of the link's token; the token itself is never stored. */
  @Index('UQ_invitations_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_user_id', type: 'uuid', nullable: true })
  acceptedUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_user_id', foreignKeyConstraintName: 'FK_invitations_accepted_user' })
  acceptedUser?: User | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Set by a people import: one invitation per (LAO, email, role) however often a file is confirmed. */
  @Index('UQ_invitations_import_key', { unique: true })
  @Column({ name: 'import_key', type: 'varchar', length: 300, nullable: true })
  importKey: string | null;

  @Column({ name: 'people_import_id', type: 'uuid', nullable: true })
  peopleImportId: string | null;

  @ManyToOne(() => PeopleImport, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'people_import_id', foreignKeyConstraintName: 'FK_invitations_people_import' })
  peopleImport?: PeopleImport | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
