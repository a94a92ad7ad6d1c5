import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A one-time code handed to the console after a sign-in through an OpenID Connect provider, which
 * the console exchanges for a token once. Only its SHA-256 is kept.
 */
@Entity('sign_in_codes')
export class SignInCodeEntity {
  @PrimaryColumn({
    name: 'code_hash',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'pk_sign_in_codes',
  })
  codeHash: string;

  @Index('ix_sign_in_codes_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sign_in_codes_user' })
  user?: UserEntity;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
