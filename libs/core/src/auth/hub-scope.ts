import { DomainError } from '../errors';
import { Actor, isNationalAdmin } from './actor';
import { HUB_TEAM } from './role';

/**
 * The hub-scoping rule, in one place. A hub's users only ever see their own hub;
 * a national administrator sees all hubs, or one when asked.
 *
 * Returns the hub ids to filter on, or null for "every hub".
 */
export function readableHubs(actor: Actor, requestedHubId?: string | null): string[] | null {
  if (isNationalAdmin(actor)) {
    return requestedHubId ? [requestedHubId] : null;
  }
  if (!actor.hubId) {
    throw DomainError.forbidden('Your account belongs to no hub');
  }
  if (requestedHubId && requestedHubId !== actor.hubId) {
    throw DomainError.forbidden('You can only see your own hub', 'OTHER_HUB');
  }
  return [actor.hubId];
}

/** True when the actor may read a row owned by `hubId`. */
export function canReadHub(actor: Actor, hubId: string): boolean {
  return isNationalAdmin(actor) || actor.hubId === hubId;
}

/**
 * The hub a new row belongs to: the actor's own, or (for a national administrator)
 * the one they name, which they must name.
 */
export function hubForWrite(actor: Actor, requestedHubId?: string | null): string {
  if (isNationalAdmin(actor)) {
    if (!requestedHubId) {
      throw DomainError.validation('HUB_REQUIRED', 'Name the hub (hubId) this belongs to', [
        { field: 'hubId', messages: ['hubId is required for a national administrator'] },
      ]);
    }
    return requestedHubId;
  }
  if (!actor.hubId) {
    throw DomainError.forbidden('Your account belongs to no hub');
  }
  if (requestedHubId && requestedHubId !== actor.hubId) {
    throw DomainError.forbidden('You can only change your own hub', 'OTHER_HUB');
  }
  return actor.hubId;
}

/** True when the actor runs the hub that owns `hubId` (or is a national administrator). */
export function isHubTeamOf(actor: Actor, hubId: string): boolean {
  return HUB_TEAM.includes(actor.role) && canReadHub(actor, hubId);
}
