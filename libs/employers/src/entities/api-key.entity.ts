import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '@chn/identity';
import { EmployerEntity } from './employer.entity';

/** A key an employer's own systems use to call the API as that employer. Only its hash is kept. */
@Entity('employer_api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Index('ix_employer_api_keys_employer_id')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_employer_api_keys_employer' })
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The first characters of the key, shown so people can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the whole key (keys are long random strings, so a fast hash is safe). */
  @Index('uq_employer_api_keys_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @Index('ix_employer_api_keys_created_by')
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_employer_api_keys_created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
