import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { HubEntity } from '@chn/identity';

/** A hub's rules for its opportunities; a hub with no row needs approval for placements only. */
@Entity('hub_opportunity_settings')
export class HubOpportunitySettingEntity {
  @PrimaryColumn({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_hub_opportunity_settings_hub' })
  hub?: HubEntity;

  /** Every opportunity of the hub needs approval before it is published, not only placements. */
  @Column({ name: 'approval_required', type: 'boolean', default: false })
  approvalRequired: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
