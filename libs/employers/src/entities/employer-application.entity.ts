import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { MembershipEntity } from './membership.entity';

/**
 * An organisation's application from the public form: the contact who applied (no account
 * until hub staff approve) and the sector groups they are interested in. Its membership
 * carries the decision; `decided_at` is set when that membership leaves PENDING.
 */
@Entity('employer_applications')
@Index('uq_employer_applications_open_email', ['hubId', 'contactEmail'], {
  unique: true,
  where: 'decided_at IS NULL',
})
export class EmployerApplicationEntity extends BaseEntity {
  @Index('ix_employer_applications_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Index('ix_employer_applications_employer_id')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @Index('uq_employer_applications_membership_id', { unique: true })
  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'membership_id',
    foreignKeyConstraintName: 'fk_employer_applications_membership',
  })
  membership?: MembershipEntity;

  @Column({ name: 'contact_name', type: 'varchar', length: 200 })
  contactName: string;

  /** Lower-cased, so one address applies once per hub while its application is open. */
  @Column({ name: 'contact_email', type: 'varchar', length: 320 })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'sector_group_ids', type: 'uuid', array: true, default: '{}' })
  sectorGroupIds: string[];

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
