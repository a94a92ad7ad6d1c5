import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A hub's rules for its opportunities; a hub with no row needs approval for placements only. */
@Entity('hub_opportunity_settings')
export class HubOpportunitySettingEntity {
  @PrimaryColumn({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  /** Every opportunity of the hub needs approval before it is published, not only placements. */
  @Column({ name: 'approval_required', type: 'boolean', default: false })
  approvalRequired: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
