import { Actor, Filterable, readableHubs, Role, whereInHubs } from '@chn/core';
import { OpportunityStatus } from './domain/opportunity.enums';

/** Statuses people outside the hub team and the owning employer may see. */
const LISTED_STATUSES = [OpportunityStatus.PUBLISHED, OpportunityStatus.CLOSED];

/**
 * Restricts a query on opportunities (alias `alias`) to what the actor may see: the hub team and
 * viewers see every opportunity of their hub; an employer its own, whatever their status, plus
 * others' published ones; careers leaders and advisers published and closed ones.
 */
export function whereOpportunityVisible<Q extends Filterable>(
  query: Q,
  alias: string,
  actor: Actor,
  requestedHubId?: string | null,
): Q {
  const scope = readableHubs(actor, requestedHubId);
  whereInHubs(query, `${alias}.hub_id`, scope);
  switch (actor.role) {
    case Role.HUB_ADMIN:
    case Role.HUB_STAFF:
    case Role.VIEWER:
      return query;
    case Role.EMPLOYER:
      query.andWhere(
        `(${alias}.status = :visiblePublished OR ${alias}.employer_id = :visibleOwnEmployer)`,
        {
          visiblePublished: OpportunityStatus.PUBLISHED,
          // An employer user not yet linked to an organisation owns nothing.
          visibleOwnEmployer: actor.employerId ?? '00000000-0000-0000-0000-000000000000',
        },
      );
      return query;
    case Role.CAREERS_LEADER:
    case Role.ADVISER:
      query.andWhere(`${alias}.status = ANY(:visibleListed)`, { visibleListed: LISTED_STATUSES });
      return query;
    default: {
      const unhandled: never = actor.role;
      throw new Error(`No opportunity visibility rule for ${String(unhandled)}`);
    }
  }
}
