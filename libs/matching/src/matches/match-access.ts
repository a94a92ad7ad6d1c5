import { Actor, DomainError, Filterable, HUB_TEAM, Role, whereInHubs } from '@chn/core';

/**
 * Narrows a query on matches (alias `m`) to what the actor may read: the hub team their hub's,
 * an adviser their own, a careers leader their institution's. Anyone else is refused.
 */
export function scopeMatches<Q extends Filterable>(
  query: Q,
  actor: Actor,
  hubs: string[] | null,
): Q {
  whereInHubs(query, 'm.hub_id', hubs);
  if (HUB_TEAM.includes(actor.role)) return query;
  if (actor.role === Role.ADVISER) {
    if (actor.adviserId) {
      query.andWhere('m.adviser_id = :ownAdviserId', { ownAdviserId: actor.adviserId });
    } else {
      query.andWhere('FALSE');
    }
    return query;
  }
  if (actor.role === Role.CAREERS_LEADER) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM institutions own WHERE own.id = m.institution_id AND own.careers_leader_id = :leaderId)',
      { leaderId: actor.userId },
    );
    return query;
  }
  throw DomainError.forbidden('Only the hub team, advisers and careers leaders see matches');
}
