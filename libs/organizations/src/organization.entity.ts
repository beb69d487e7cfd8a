import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationType } from '@prongsai/common';
import { District } from './district.entity';
import { Province } from './province.entity';

/**
 * A local administrative organization: the tenant. Row-level security on this table shows a user only the
 * organizations they belong to (or supervise).
 */
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The DLA 7-digit code: the stable public key (names repeat across types). */
  @Index('UQ_organizations_code', { unique: true })
  @Column({ type: 'varchar', length: 7 })
  code: string;

  @Column({ name: 'name_th', type: 'varchar', length: 300 })
  nameTh: string;

  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  type: OrganizationType;

  @Index('IDX_organizations_province_code')
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_organizations_province' })
  province?: Province;

  @Index('IDX_organizations_district_code')
  @Column({ name: 'district_code', type: 'varchar', length: 4 })
  districtCode: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'FK_organizations_district' })
  district?: District;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
