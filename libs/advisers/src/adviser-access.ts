import { SelectQueryBuilder } from 'typeorm';
import { Actor, canReadHub, HUB_TEAM, Role, whereInHubs } from '@chn/core';
import { AdviserEntity } from './entities/adviser.entity';

/**
 * Who sees which adviser: the hub team sees their hub's advisers, an adviser only their own
 * record, an employer only the advisers who come from it. Nobody else sees any.
 */
export function canSeeAdviser(actor: Actor, adviser: AdviserEntity): boolean {
  if (!canReadHub(actor, adviser.hubId)) return false;
  if (HUB_TEAM.includes(actor.role)) return true;
  if (actor.role === Role.ADVISER)
    return Boolean(actor.adviserId) && actor.adviserId === adviser.id;
  if (actor.role === Role.EMPLOYER) {
    return Boolean(actor.employerId) && actor.employerId === adviser.employerId;
  }
  return false;
}

/** Narrows a query on advisers (alias `a`) to the rows `canSeeAdviser` allows, within the hub scope. */
export function scopeAdvisers(
  query: SelectQueryBuilder<AdviserEntity>,
  actor: Actor,
  hubs: string[] | null,
): SelectQueryBuilder<AdviserEntity> {
  whereInHubs(query, 'a.hub_id', hubs);
  if (HUB_TEAM.includes(actor.role)) return query;
  if (actor.role === Role.ADVISER && actor.adviserId) {
    return query.andWhere('a.id = :ownAdviserId', { ownAdviserId: actor.adviserId });
  }
  if (actor.role === Role.EMPLOYER && actor.employerId) {
    return query.andWhere('a.employer_id = :ownEmployerId', { ownEmployerId: actor.employerId });
  }
  return query.andWhere('FALSE');
}
