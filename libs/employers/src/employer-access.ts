import { Actor, HUB_TEAM, isHubTeamOf, Role } from '@chn/core';

/**
 * Whether the actor may act for an employer: the hub team of the employer's hub, or an EMPLOYER
 * user (or API key) of that very employer.
 */
export function canActForEmployer(actor: Actor, employer: { id: string; hubId: string }): boolean {
  if (HUB_TEAM.includes(actor.role)) return isHubTeamOf(actor, employer.hubId);
  return actor.role === Role.EMPLOYER && !!actor.employerId && actor.employerId === employer.id;
}
