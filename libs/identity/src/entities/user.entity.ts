import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, Role } from '@chn/core';
import { HubEntity } from './hub.entity';

@Entity('users')
@Check('ck_users_hub_or_national_admin', `hub_id IS NOT NULL OR role = 'HUB_ADMIN'`)
@Check('ck_users_email_lower', 'email = lower(email)')
export class UserEntity extends BaseEntity {
  @Index('ix_users_hub_id')
  @Column({ name: 'hub_id', type: 'uuid', nullable: true })
  hubId: string | null;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_users_hub' })
  hub?: HubEntity;

  /** Stored lower-case; unique across the deployment. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('ix_users_role')
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  /** Null until an invited user sets their password. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  /** Set while the account is deactivated: it cannot sign in and its tokens are refused. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Carried in every token; raising it signs the user out everywhere. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
