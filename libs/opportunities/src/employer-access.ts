import { Actor, canReadHub, HUB_TEAM, Role } from '@chn/core';

/**
 * Whether the actor may act for an employer: the hub team of the employer's hub, or an EMPLOYER
 * user (or API key) of that very employer.
 */
export function canActForEmployer(actor: Actor, employer: { id: string; hubId: string }): boolean {
  if (HUB_TEAM.includes(actor.role)) return canReadHub(actor, employer.hubId);
  return actor.role === Role.EMPLOYER && !!actor.employerId && actor.employerId === employer.id;
}

export function isHubTeamOf(actor: Actor, hubId: string): boolean {
  return HUB_TEAM.includes(actor.role) && canReadHub(actor, hubId);
}
