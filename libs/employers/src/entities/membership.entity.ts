import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { MembershipDeclineReason, MembershipStatus } from './employer.enums';
import { EmployerEntity } from './employer.entity';

/**
 * An employer's membership of the hub's network. An employer holds at most one open
 * (PENDING or ACTIVE) membership; ended ones stay as history.
 */
@Entity('employer_memberships')
@Index('uq_employer_memberships_open', ['employerId'], {
  unique: true,
  where: "status IN ('PENDING', 'ACTIVE')",
})
@Check(
  'ck_employer_memberships_dates',
  'renewal_on IS NULL OR joined_on IS NULL OR renewal_on > joined_on',
)
export class MembershipEntity extends BaseEntity {
  @Index('ix_employer_memberships_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Index('ix_employer_memberships_employer_id')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_employer_memberships_employer' })
  employer?: EmployerEntity;

  @Index('ix_employer_memberships_status')
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status: MembershipStatus;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Index('ix_employer_memberships_renewal_on')
  @Column({ name: 'renewal_on', type: 'date', nullable: true })
  renewalOn: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** What the employer pledges, e.g. "2 placements a year". */
  @Column({ type: 'varchar', length: 500, nullable: true })
  pledge: string | null;

  /** Set when hub staff decline a PENDING application (→ WITHDRAWN). */
  @Column({
    name: 'decline_reason',
    type: 'enum',
    enum: MembershipDeclineReason,
    enumName: 'membership_decline_reason',
    nullable: true,
  })
  declineReason: MembershipDeclineReason | null;

  @Column({ name: 'decline_note', type: 'varchar', length: 500, nullable: true })
  declineNote: string | null;
}
