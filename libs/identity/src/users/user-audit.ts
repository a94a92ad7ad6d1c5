import { EntityManager } from 'typeorm';
import { Actor, diff, recordAudit } from '@chn/core';
import { UserEntity } from '../entities/user.entity';

export const USER_ENTITY_TYPE = 'user';

/** The user's personal data in the audit trail, erased with the account. */
export const USER_PERSONAL_FIELDS = ['email', 'name'] as const;

/** What the audit trail follows of a user: never the password or its hash. */
export function auditedUser(user: UserEntity): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    hubId: user.hubId,
    deactivated: user.deactivatedAt !== null,
  };
}

/** Records what changed on a user, inside the caller's transaction. */
export async function auditUser(
  manager: EntityManager,
  actor: Actor | null,
  user: UserEntity,
  action: string,
  before: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(manager, actor, {
    hubId: user.hubId,
    entityType: USER_ENTITY_TYPE,
    entityId: user.id,
    action,
    changes: diff(before, auditedUser(user)),
  });
}
