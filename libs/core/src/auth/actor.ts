import { Role } from './role';

/** Who a request acts for: a signed-in user, or an employer's system through an API key. */
export interface Actor {
  /** The user; for an API key, the employer contact who created it. */
  userId: string;
  role: Role;
  /** The hub the user belongs to; null only for a national administrator. */
  hubId: string | null;
  /** For EMPLOYER actors: the organisation they act for. */
  employerId?: string | null;
  /** For ADVISER actors: their adviser record. */
  adviserId?: string | null;
  /** Set when the request came with an employer API key rather than a sign-in. */
  apiKeyId?: string | null;
}

export function isNationalAdmin(actor: Actor): boolean {
  return actor.role === Role.HUB_ADMIN && actor.hubId === null;
}
