import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { EmployerEntity } from '@chn/employers';
import { HubEntity, UserEntity } from '@chn/identity';
import { AdviserDeclineReason, AdviserStatus } from './adviser-status.enum';

/** An Enterprise Adviser: a volunteer from an employer who supports a careers leader. */
@Entity('advisers')
@Index('uq_advisers_hub_email', ['hubId', 'email'], {
  unique: true,
  where: 'erased_at IS NULL',
})
@Index('ix_advisers_hub_name', ['hubId', 'name', 'id'])
@Check('ck_advisers_email_lower', 'email = lower(email)')
@Check('ck_advisers_email_unless_erased', 'email IS NOT NULL OR erased_at IS NOT NULL')
@Check(
  'ck_advisers_erased',
  "erased_at IS NULL OR (status = 'LEFT' AND email IS NULL AND user_id IS NULL)",
)
@Check('ck_advisers_max_one_to_one', 'max_one_to_one >= 0')
@Check('ck_advisers_max_agile', 'max_agile >= 0')
@Check('ck_advisers_left_on', "left_on IS NULL OR status = 'LEFT'")
@Check('ck_advisers_declined', "decline_reason IS NULL OR status = 'LEFT'")
@Check(
  'ck_advisers_local_authority_codes',
  "array_to_string(local_authority_codes, ',') ~ '^([0-9]{3}(,[0-9]{3})*)?$'",
)
export class AdviserEntity extends BaseEntity {
  @Index('ix_advisers_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_advisers_hub' })
  hub?: HubEntity;

  /** The adviser's own sign-in (role ADVISER), when they have one. */
  @Index('uq_advisers_user_id', { unique: true })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_advisers_user' })
  user?: UserEntity;

  @Index('ix_advisers_employer_id')
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  @ManyToOne(() => EmployerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_advisers_employer' })
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lower-case; null only once the adviser's personal data is erased. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ name: 'job_title', type: 'varchar', length: 200, nullable: true })
  jobTitle: string | null;

  @Index('ix_advisers_sectors', { type: 'gin' })
  @Column({ type: 'text', array: true, default: '{}' })
  sectors: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  skills: string[];

  /** 3-digit codes of the local authorities the adviser can reach. */
  @Index('ix_advisers_local_authority_codes', { type: 'gin' })
  @Column({ name: 'local_authority_codes', type: 'text', array: true, default: '{}' })
  localAuthorityCodes: string[];

  /** How many ongoing 1-2-1 partnerships the adviser can hold at once. */
  @Column({ name: 'max_one_to_one', type: 'int', default: 1 })
  maxOneToOne: number;

  /** How many agile (short, focused) pieces of support the adviser can hold at once. */
  @Column({ name: 'max_agile', type: 'int', default: 2 })
  maxAgile: number;

  @Column({ name: 'availability_note', type: 'varchar', length: 1000, nullable: true })
  availabilityNote: string | null;

  @Index('ix_advisers_status')
  @Column({
    type: 'enum',
    enum: AdviserStatus,
    enumName: 'adviser_status',
    default: AdviserStatus.PENDING,
  })
  status: AdviserStatus;

  @Column({ name: 'induction_completed_on', type: 'date', nullable: true })
  inductionCompletedOn: string | null;

  @Column({ name: 'dbs_checked_on', type: 'date', nullable: true })
  dbsCheckedOn: string | null;

  /** The day a LEFT adviser left, when known (recorded by imports of the hub's history). */
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  /** Why hub staff declined the volunteer, when they did (the adviser is then LEFT). */
  @Column({
    name: 'decline_reason',
    type: 'enum',
    enum: AdviserDeclineReason,
    enumName: 'adviser_decline_reason',
    nullable: true,
  })
  declineReason: AdviserDeclineReason | null;

  @Column({ name: 'decline_note', type: 'varchar', length: 500, nullable: true })
  declineNote: string | null;

  /** Experience supporting special schools (SEND) or alternative provision (AP). */
  @Column({ name: 'send_ap_experience', type: 'boolean', default: false })
  sendApExperience: boolean;

  /** When the adviser's personal data was erased; the anonymous row stays for history. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
