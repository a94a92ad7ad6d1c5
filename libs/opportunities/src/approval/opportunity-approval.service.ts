import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, isHubTeamOf, recordEvent } from '@chn/core';
import { MembershipsService } from '@chn/employers';
import { OpportunityStatus } from '../domain/opportunity.enums';
import { isPlacement } from '../domain/placement-approval';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { PremisesReadiness } from '../compliance/premises-readiness';
import { recordOpportunityAudit } from '../opportunity-audit';
import {
  assertOpportunityStatus,
  lockManageableOpportunity,
  lockVisibleOpportunity,
} from '../opportunity-lock';
import { OpportunityPublication } from '../opportunity-publication';

/**
 * The hub's approval of opportunities: the employer (or hub staff for it) submits a DRAFT; hub
 * staff approve it, which publishes it, or reject it back to DRAFT with their reason. Each step
 * notifies the next party through the outbox.
 */
@Injectable()
export class OpportunityApprovalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly memberships: MembershipsService,
    private readonly publication: OpportunityPublication,
    private readonly premises: PremisesReadiness,
    private readonly clock: Clock,
  ) {}

  async submit(actor: Actor, id: string): Promise<OpportunityEntity> {
    return this.db.transaction(async (manager) => {
      const opportunity = await lockManageableOpportunity(manager, actor, id);
      assertOpportunityStatus(opportunity, [OpportunityStatus.DRAFT], 'submitted');
      await this.memberships.assertActive(opportunity.employerId, manager);
      await manager.update(
        OpportunityEntity,
        { id },
        {
          status: OpportunityStatus.PENDING_APPROVAL,
          submittedAt: this.clock.now(),
          rejectionReason: null,
        },
      );
      await recordOpportunityAudit(manager, actor, opportunity, 'submitted', {
        status: { from: opportunity.status, to: OpportunityStatus.PENDING_APPROVAL },
      });
      const { base, ...envelope } = about(opportunity);
      await recordEvent(manager, actor, {
        ...envelope,
        type: 'opportunity.submitted',
        payload: { ...base, placement: isPlacement(opportunity) },
      });
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  /** Publishes a PENDING_APPROVAL opportunity; one at the premises needs its compliance in order. */
  async approve(actor: Actor, id: string): Promise<OpportunityEntity> {
    return this.db.transaction(async (manager) => {
      const opportunity = await this.lockAwaiting(manager, actor, id);
      await this.premises.assertReady(manager, opportunity);
      await this.publication.publish(manager, actor, opportunity, 'approved');
      const { base, ...envelope } = about(opportunity);
      await recordEvent(manager, actor, {
        ...envelope,
        type: 'opportunity.approved',
        payload: base,
      });
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  async reject(actor: Actor, id: string, reason: string): Promise<OpportunityEntity> {
    const trimmed = reason.trim();
    return this.db.transaction(async (manager) => {
      const opportunity = await this.lockAwaiting(manager, actor, id);
      await manager.update(
        OpportunityEntity,
        { id },
        { status: OpportunityStatus.DRAFT, rejectionReason: trimmed },
      );
      await recordOpportunityAudit(manager, actor, opportunity, 'rejected', {
        status: { from: opportunity.status, to: OpportunityStatus.DRAFT },
        rejectionReason: { from: opportunity.rejectionReason, to: trimmed },
      });
      const { base, ...envelope } = about(opportunity);
      await recordEvent(manager, actor, {
        ...envelope,
        type: 'opportunity.rejected',
        payload: { ...base, reason: trimmed },
      });
      return manager.findOneByOrFail(OpportunityEntity, { id });
    });
  }

  /** Locks an opportunity of the actor's hub that awaits approval; only the hub team decides. */
  private async lockAwaiting(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<OpportunityEntity> {
    const opportunity = await lockVisibleOpportunity(manager, actor, id);
    if (!isHubTeamOf(actor, opportunity.hubId)) {
      throw DomainError.forbidden('Only the hub team approves opportunities', 'ROLE_NOT_ALLOWED');
    }
    if (opportunity.status !== OpportunityStatus.PENDING_APPROVAL) {
      throw DomainError.conflict(
        'NOT_AWAITING_APPROVAL',
        `A ${opportunity.status} opportunity is not awaiting approval`,
      );
    }
    return opportunity;
  }
}

/** Where an approval event is recorded, and what every one carries. */
function about(opportunity: OpportunityEntity) {
  return {
    hubId: opportunity.hubId,
    aggregateType: 'opportunity',
    aggregateId: opportunity.id,
    base: { employerId: opportunity.employerId, title: opportunity.title },
  };
}
