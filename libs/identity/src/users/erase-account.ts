import { EntityManager } from 'typeorm';
import { Actor, eraseAuditFields, recordAudit } from '@chn/core';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { UserEntity } from '../entities/user.entity';
import { USER_ENTITY_TYPE, USER_PERSONAL_FIELDS } from './user-audit';

/**
 * Erases what identity holds about a person, inside the caller's transaction: their account
 * (deleted, so its tokens stop working at once), its personal fields in the audit trail, and the
 * failed sign-ins counted against their addresses.
 */
export async function eraseAccount(
  manager: EntityManager,
  actor: Actor,
  person: { userId: string | null; emails: readonly string[] },
): Promise<void> {
  if (person.emails.length > 0) {
    await manager.query('DELETE FROM login_attempts WHERE key = ANY($1)', [
      [
        ...person.emails.map(LoginThrottleService.accountKey),
        ...person.emails.map(LoginThrottleService.resetAccountKey),
      ],
    ]);
  }
  const user = person.userId ? await manager.findOneBy(UserEntity, { id: person.userId }) : null;
  if (!user) return;
  await eraseAuditFields(manager, USER_ENTITY_TYPE, user.id, USER_PERSONAL_FIELDS);
  await manager.delete(UserEntity, { id: user.id });
  await recordAudit(manager, actor, {
    hubId: user.hubId,
    entityType: USER_ENTITY_TYPE,
    entityId: user.id,
    action: 'erased',
  });
}
