import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployerEntity } from '@chn/employers';
import { HubEntity } from '@chn/identity';

/**
 * What an employer has shown the hub before young people come to its premises: employer's
 * liability insurance, its safeguarding policy's last review, its data protection statement.
 */
@Entity('employer_compliance')
@Index('ix_employer_compliance_hub_expiry', ['hubId', 'insuranceExpiresOn'])
@Check('ck_employer_compliance_cover', 'cover_amount_pounds IS NULL OR cover_amount_pounds > 0')
export class EmployerComplianceEntity {
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_employer_compliance_employer' })
  employer?: EmployerEntity;

  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_employer_compliance_hub' })
  hub?: HubEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  insurer: string | null;

  @Column({ name: 'policy_number', type: 'varchar', length: 100, nullable: true })
  policyNumber: string | null;

  /** Cover in whole pounds (bigint: £10m and more is usual). */
  @Column({
    name: 'cover_amount_pounds',
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (value: number | null | undefined) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  coverAmountPounds: number | null;

  /** Indexed after hub_id (ix_employer_compliance_hub_expiry), for the expiring-cover list. */
  @Column({ name: 'insurance_expires_on', type: 'date', nullable: true })
  insuranceExpiresOn: string | null;

  @Column({ name: 'safeguarding_reviewed_on', type: 'date', nullable: true })
  safeguardingReviewedOn: string | null;

  @Column({ name: 'data_protection_statement', type: 'varchar', length: 5000, nullable: true })
  dataProtectionStatement: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
