import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Membership } from './membership.entity';

/** Platform table (not tenant-owned): identities. Emails are stored lower-cased. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  /** argon2id encoded hash. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** Email kinds this user switched off (e.g. "REMINDER", "DIGEST"). */
  @Column({ name: 'email_opt_outs', type: 'text', array: true, default: () => "'{}'" })
  emailOptOuts: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany('Membership', 'user')
  memberships?: Membership[];
}
