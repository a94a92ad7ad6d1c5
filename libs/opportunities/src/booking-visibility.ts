import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor, readableHubs, Role, whereInHubs } from '@chn/core';

/**
 * Restricts a query on bookings (alias `b`, joined to its opportunity as `o` and institution as
 * `i`) to what the actor may see: the hub team every booking of their hub; an employer the
 * bookings on its own opportunities; a careers leader their own institution's. Nobody else.
 */
export function whereBookingVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: Actor,
  requestedHubId?: string | null,
): SelectQueryBuilder<T> {
  const scope = readableHubs(actor, requestedHubId);
  whereInHubs(query, 'b.hub_id', scope);
  switch (actor.role) {
    case Role.HUB_ADMIN:
    case Role.HUB_STAFF:
      return query;
    case Role.EMPLOYER:
      return actor.employerId
        ? query.andWhere('o.employer_id = :visibleEmployer', { visibleEmployer: actor.employerId })
        : query.andWhere('false');
    case Role.CAREERS_LEADER:
      return query.andWhere('i.careers_leader_id = :visibleLeader', {
        visibleLeader: actor.userId,
      });
    case Role.VIEWER:
    case Role.ADVISER:
      return query.andWhere('false');
    default: {
      const unhandled: never = actor.role;
      throw new Error(`No booking visibility rule for ${String(unhandled)}`);
    }
  }
}
