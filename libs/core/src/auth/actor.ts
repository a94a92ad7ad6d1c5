import { Role } from './role';

/** The signed-in user a request acts for, taken from a verified token. */
export interface Actor {
  userId: string;
  role: Role;
  /** The hub the user belongs to; null only for a national administrator. */
  hubId: string | null;
}

export function isNationalAdmin(actor: Actor): boolean {
  return actor.role === Role.HUB_ADMIN && actor.hubId === null;
}
