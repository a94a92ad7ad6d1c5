import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { UserEntity } from './user.entity';

export enum UserTokenPurpose {
  INVITE = 'INVITE',
  RESET = 'RESET',
}

/** A one-time link's secret, kept only as its SHA-256 hash. */
@Entity('user_tokens')
export class UserTokenEntity extends BaseEntity {
  @Index('ix_user_tokens_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_tokens_user' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: UserTokenPurpose, enumName: 'user_token_purpose' })
  purpose: UserTokenPurpose;

  @Index('uq_user_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
