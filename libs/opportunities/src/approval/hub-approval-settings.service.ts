import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, hubForWrite, recordAudit } from '@chn/core';
import { HubOpportunitySettingEntity } from './hub-opportunity-setting.entity';

/** Whether a hub wants every opportunity approved before it is published (`setOpportunityApproval`). */
@Injectable()
export class HubApprovalSettings {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async approvalRequired(
    hubId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    return (await this.forHubs([hubId], manager)).get(hubId) ?? false;
  }

  /** The setting of each hub named, in one query; hubs with no row are left out (false). */
  async forHubs(
    hubIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, boolean>> {
    const rows = await manager
      .createQueryBuilder(HubOpportunitySettingEntity, 's')
      .where('s.hub_id = ANY(:hubIds)', { hubIds })
      .getMany();
    return new Map(rows.map((row) => [row.hubId, row.approvalRequired]));
  }

  /** Sets the hub's rule, audited; the same value again changes and audits nothing. */
  async set(actor: Actor, requestedHubId: string | null | undefined, required: boolean) {
    const hubId = hubForWrite(actor, requestedHubId);
    return this.db.transaction(async (manager) => {
      const [before] = await manager.query(
        'SELECT approval_required FROM hub_opportunity_settings WHERE hub_id = $1 FOR UPDATE',
        [hubId],
      );
      const was = (before?.approval_required as boolean | undefined) ?? false;
      if (was !== required) {
        await manager.query(
          `INSERT INTO hub_opportunity_settings (hub_id, approval_required) VALUES ($1, $2)
           ON CONFLICT (hub_id) DO UPDATE SET approval_required = $2, updated_at = now()`,
          [hubId, required],
        );
        await recordAudit(manager, actor, {
          hubId,
          entityType: 'hub',
          entityId: hubId,
          action: 'opportunity_approval_set',
          changes: { opportunityApprovalRequired: { from: was, to: required } },
        });
      }
      return { hubId, approvalRequired: required };
    });
  }
}
