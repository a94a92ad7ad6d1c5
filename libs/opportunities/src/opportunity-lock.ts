import { EntityManager } from 'typeorm';
import { Actor, DomainError } from '@chn/core';
import { canActForEmployer } from '@chn/employers';
import { OpportunityEntity } from './entities/opportunity.entity';
import { whereOpportunityVisible } from './opportunity-visibility';

/** Locks an opportunity the actor can see (FOR UPDATE); NOT_FOUND otherwise. */
export async function lockVisibleOpportunity(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<OpportunityEntity> {
  const query = manager.createQueryBuilder(OpportunityEntity, 'o');
  const opportunity = await whereOpportunityVisible(query, 'o', actor)
    .andWhere('o.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!opportunity) throw DomainError.notFound('opportunity', id);
  return opportunity;
}

/** Locks an opportunity the actor can see and may manage; NOT_FOUND or FORBIDDEN otherwise. */
export async function lockManageableOpportunity(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<OpportunityEntity> {
  const opportunity = await lockVisibleOpportunity(manager, actor, id);
  if (!canActForEmployer(actor, { id: opportunity.employerId, hubId: opportunity.hubId })) {
    throw DomainError.forbidden(
      'Only the hub team or the employer offering it may change this opportunity',
      'NOT_YOUR_OPPORTUNITY',
    );
  }
  return opportunity;
}

/** Refuses a change the opportunity's status does not allow. */
export function assertOpportunityStatus(
  opportunity: OpportunityEntity,
  allowed: readonly string[],
  verb: string,
): void {
  if (!allowed.includes(opportunity.status)) {
    throw DomainError.conflict(
      'INVALID_OPPORTUNITY_STATUS',
      `A ${opportunity.status} opportunity cannot be ${verb}`,
    );
  }
}
