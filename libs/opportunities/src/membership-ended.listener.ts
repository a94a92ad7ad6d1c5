import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { recordEvent } from '@chn/core';
import { MembershipEntity, MembershipsService } from '@chn/employers';
import { OpportunityStatus } from './domain/opportunity.enums';

/**
 * When a membership lapses or is withdrawn, the employer's published opportunities stay
 * bookable until hub staff decide what to do with them; this tells them, in the same transaction.
 */
@Injectable()
export class MembershipEndedListener implements OnModuleInit {
  constructor(private readonly memberships: MembershipsService) {}

  onModuleInit(): void {
    this.memberships.onMembershipEnded((manager, _actor, membership) =>
      this.recordPublished(manager, membership),
    );
  }

  private async recordPublished(
    manager: EntityManager,
    membership: MembershipEntity,
  ): Promise<void> {
    const [{ published }]: { published: number }[] = await manager.query(
      'SELECT count(*)::int AS published FROM opportunities WHERE employer_id = $1 AND status = $2',
      [membership.employerId, OpportunityStatus.PUBLISHED],
    );
    if (published === 0) return;
    // No actor: the hub staff member who ended the membership needs telling as much as the others.
    await recordEvent(manager, null, {
      type: 'employer.published_without_membership',
      hubId: membership.hubId,
      aggregateType: 'employer',
      aggregateId: membership.employerId,
      payload: {
        employerId: membership.employerId,
        membershipId: membership.id,
        membershipStatus: membership.status,
        publishedOpportunities: published,
      },
    });
  }
}
