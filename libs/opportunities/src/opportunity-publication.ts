import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, recordEvent } from '@chn/core';
import { MembershipsService } from '@chn/employers';
import { OpportunityStatus } from './domain/opportunity.enums';
import { OpportunityEntity } from './entities/opportunity.entity';
import { recordOpportunityAudit } from './opportunity-audit';

/**
 * Opens a locked opportunity for requests: by `publishOpportunity`, or by hub staff approving
 * it. Both check the same things (not started, the employer an active member), audit the change
 * under their own action and record `opportunity.published`.
 */
@Injectable()
export class OpportunityPublication {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly clock: Clock,
  ) {}

  async publish(
    manager: EntityManager,
    actor: Actor,
    opportunity: OpportunityEntity,
    action: 'published' | 'approved',
  ): Promise<void> {
    if (opportunity.startsOn < this.clock.today()) {
      throw DomainError.conflict(
        'STARTS_IN_PAST',
        `It starts on ${opportunity.startsOn}, in the past: move its dates before publishing it`,
      );
    }
    await this.memberships.assertActive(opportunity.employerId, manager);
    await manager.update(
      OpportunityEntity,
      { id: opportunity.id },
      { status: OpportunityStatus.PUBLISHED, publishedAt: this.clock.now(), rejectionReason: null },
    );
    await recordOpportunityAudit(manager, actor, opportunity, action, {
      status: { from: opportunity.status, to: OpportunityStatus.PUBLISHED },
    });
    await recordEvent(manager, actor, {
      type: 'opportunity.published',
      hubId: opportunity.hubId,
      aggregateType: 'opportunity',
      aggregateId: opportunity.id,
      payload: {
        employerId: opportunity.employerId,
        title: opportunity.title,
        kind: opportunity.kind,
        tier: opportunity.tier,
        sector: opportunity.sector,
        yearGroups: opportunity.yearGroups,
        startsOn: opportunity.startsOn,
        totalPlaces: opportunity.totalPlaces,
      },
    });
  }
}
