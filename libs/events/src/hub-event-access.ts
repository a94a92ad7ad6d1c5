import { SelectQueryBuilder } from 'typeorm';
import { Actor, DomainError, HUB_TEAM, isHubTeamOf, readableHubs, Role } from '@chn/core';
import {
  HubEventAudience,
  HubEventRegistrationKind,
  HubEventStatus,
} from './domain/hub-event.enums';
import { HubEventEntity } from './entities/hub-event.entity';

/** The audience a signed-in role belongs to, and the kind of registration it makes. */
export const ROLE_AUDIENCE: Partial<
  Record<Role, { audience: HubEventAudience; kind: HubEventRegistrationKind }>
> = {
  [Role.ADVISER]: { audience: HubEventAudience.ADVISERS, kind: HubEventRegistrationKind.ADVISER },
  [Role.EMPLOYER]: {
    audience: HubEventAudience.EMPLOYER_CONTACTS,
    kind: HubEventRegistrationKind.EMPLOYER_CONTACT,
  },
  [Role.CAREERS_LEADER]: {
    audience: HubEventAudience.CAREERS_LEADERS,
    kind: HubEventRegistrationKind.GROUP,
  },
};

/**
 * The events an actor may see: the hub team every event of their hub (a national administrator
 * every hub's, or the one named); advisers, employer contacts and careers leaders the published
 * or cancelled events of their hub meant for them.
 */
export function whereHubEventVisible(
  query: SelectQueryBuilder<HubEventEntity>,
  actor: Actor,
  hubId?: string | null,
): SelectQueryBuilder<HubEventEntity> {
  const hubs = readableHubs(actor, hubId);
  if (hubs) query.andWhere('e.hub_id = ANY(:hubs)', { hubs });
  if (HUB_TEAM.includes(actor.role)) return query;
  const role = ROLE_AUDIENCE[actor.role];
  if (!role) return query.andWhere('FALSE');
  return query
    .andWhere('e.status <> :draft', { draft: HubEventStatus.DRAFT })
    .andWhere(':audience = ANY(e.audiences)', { audience: role.audience });
}

/** Refuses anyone but the organising hub's team. */
export function assertManages(actor: Actor, event: HubEventEntity): void {
  if (!isHubTeamOf(actor, event.hubId)) {
    throw DomainError.forbidden('Only the organising hub’s staff may do this');
  }
}
