import { EntityManager } from 'typeorm';
import { Actor, recordAudit } from '@chn/core';
import { OpportunityEntity } from './entities/opportunity.entity';

/** Writes a change to the opportunity to the audit trail, in the change's transaction. */
export function recordOpportunityAudit(
  manager: EntityManager,
  actor: Actor,
  opportunity: Pick<OpportunityEntity, 'id' | 'hubId'>,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  return recordAudit(manager, actor, {
    hubId: opportunity.hubId,
    entityType: 'opportunity',
    entityId: opportunity.id,
    action,
    changes,
  });
}
