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
import { Role } from '@prongsai/common';
import { Organization, Province } from '@prongsai/organizations';
import { User } from './user.entity';

/**
 * What a user may see and do. Organization roles carry an organization, PROVINCE_SUPERVISOR a province,
 * ADMIN neither (enforced by a check constraint). Row-level security policies read this table (through a
 * SECURITY DEFINER function) to decide which organizations a user sees.
 */
@Entity('memberships')
@Check(
  'CHK_memberships_scope',
  `("role" IN ('ORG_LEAD','ORG_MEMBER') AND "organization_id" IS NOT NULL AND "province_code" IS NULL)
   OR ("role" = 'PROVINCE_SUPERVISOR' AND "province_code" IS NOT NULL AND "organization_id" IS NULL)
   OR ("role" = 'ADMIN' AND "organization_id" IS NULL AND "province_code" IS NULL)`,
)
@Index('UQ_memberships_scope', ['userId', 'role', 'organizationId', 'provinceCode'], { unique: true })
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_memberships_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, (u) => u.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_memberships_user' })
  user?: User;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Index('IDX_memberships_organization_id')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_memberships_organization' })
  organization?: Organization | null;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_memberships_province' })
  province?: Province | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
