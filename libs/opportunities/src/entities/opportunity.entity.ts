import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { EmployerEntity } from '@chn/employers';
import { HubEntity } from '@chn/identity';
import {
  DeliveryMode,
  MeaningfulCriterion,
  OpportunityKind,
  OpportunityStatus,
  Tier,
} from '../domain/opportunity.enums';
import { numericTransformer } from './numeric.transformer';

/** Something an employer offers young people, which institutions book places on. */
@Entity('opportunities')
@Index('ix_opportunities_hub_starts', ['hubId', 'startsOn', 'id'])
/** GIN index on year_groups and an index on lower(sector), for the filters: created in the migration. */
@Index('ix_opportunities_year_groups', { synchronize: false })
@Index('ix_opportunities_sector_lower', { synchronize: false })
@Check('ck_opportunities_dates', 'ends_on >= starts_on')
@Check(
  'ck_opportunities_length_days',
  'length_days > 0 AND length_days * 2 = floor(length_days * 2)',
)
@Check('ck_opportunities_length_within_dates', 'length_days <= ends_on - starts_on + 1')
@Check('ck_opportunities_total_places', 'total_places > 0')
@Check('ck_opportunities_places_held', 'places_held >= 0 AND places_held <= total_places')
@Check(
  'ck_opportunities_year_groups',
  'cardinality(year_groups) > 0 AND year_groups <@ ARRAY[7, 8, 9, 10, 11, 12, 13]',
)
export class OpportunityEntity extends BaseEntity {
  /** Indexed by ix_opportunities_hub_starts, which leads with it. */
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_opportunities_hub' })
  hub?: HubEntity;

  @Index('ix_opportunities_employer_id')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_opportunities_employer' })
  employer?: EmployerEntity;

  @Index('ix_opportunities_kind')
  @Column({ type: 'enum', enum: OpportunityKind, enumName: 'opportunity_kind' })
  kind: OpportunityKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 5000 })
  description: string;

  @Index('ix_opportunities_tier')
  @Column({ type: 'enum', enum: Tier, enumName: 'opportunity_tier' })
  tier: Tier;

  @Column({ type: 'varchar', length: 100 })
  sector: string;

  @Column({ name: 'year_groups', type: 'int', array: true })
  yearGroups: number[];

  @Column({ name: 'delivery_mode', type: 'enum', enum: DeliveryMode, enumName: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Index('ix_opportunities_starts_on')
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Index('ix_opportunities_ends_on')
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  /** Length in days; halves allowed (a morning visit is 0.5). */
  @Column({
    name: 'length_days',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  lengthDays: number;

  @Column({ name: 'total_places', type: 'int' })
  totalPlaces: number;

  /**
   * Places taken by REQUESTED and CONFIRMED bookings, kept in the same transaction as every
   * booking change so the CHECK above refuses an overbooking even if a code path forgot the lock.
   */
  @Column({ name: 'places_held', type: 'int', default: 0 })
  placesHeld: number;

  @Column({ name: 'send_friendly', type: 'boolean', default: false })
  sendFriendly: boolean;

  @Column({
    name: 'meaningful_criteria',
    type: 'enum',
    enum: MeaningfulCriterion,
    enumName: 'meaningful_criterion',
    array: true,
  })
  meaningfulCriteria: MeaningfulCriterion[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Index('ix_opportunities_status')
  @Column({
    type: 'enum',
    enum: OpportunityStatus,
    enumName: 'opportunity_status',
    default: OpportunityStatus.DRAFT,
  })
  status: OpportunityStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Held at the employer's own premises: it always needs the hub's approval and a risk assessment. */
  @Column({ name: 'at_employer_premises', type: 'boolean', default: false })
  atEmployerPremises: boolean;

  /** When it was last submitted for the hub's approval. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Why hub staff sent it back to DRAFT; cleared when it is submitted again. */
  @Column({ name: 'rejection_reason', type: 'varchar', length: 1000, nullable: true })
  rejectionReason: string | null;
}
