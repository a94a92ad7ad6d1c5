import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { DomainError } from '@chn/core';
import { UserTokenEntity, UserTokenPurpose } from '../entities/user-token.entity';

/** How long each kind of one-time link works. */
export const TOKEN_LIFETIME_MS: Record<UserTokenPurpose, number> = {
  [UserTokenPurpose.INVITE]: 7 * 24 * 3600_000,
  [UserTokenPurpose.RESET]: 3600_000,
};

const hashToken = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

const INVALID_LINK = () =>
  DomainError.validation(
    'INVALID_LINK',
    'This link is not valid, has been used already, or has expired. Ask for a new one.',
  );

/**
 * Issues a one-time link secret (32 random bytes) for the user, inside the caller's transaction.
 * Only its hash is kept; earlier unused links of the same purpose stop working.
 */
export async function issueUserToken(
  manager: EntityManager,
  userId: string,
  purpose: UserTokenPurpose,
): Promise<string> {
  await manager.delete(UserTokenEntity, { userId, purpose, usedAt: IsNull() });
  const secret = randomBytes(32).toString('base64url');
  await manager.insert(UserTokenEntity, {
    userId,
    purpose,
    tokenHash: hashToken(secret),
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
    usedAt: null,
  });
  return secret;
}

/**
 * Uses a one-time link: marks it used (once, even when two requests race) and answers its user's
 * id, or refuses it (`INVALID_LINK`) when unknown, used, expired or for another purpose.
 */
export async function consumeUserToken(
  manager: EntityManager,
  secret: string,
  purpose: UserTokenPurpose,
): Promise<string> {
  const rows = (await manager.query(
    `UPDATE user_tokens SET used_at = now(), updated_at = now()
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING user_id`,
    [hashToken(secret), purpose],
  )) as [{ user_id: string }[], number];
  const userId = rows[0][0]?.user_id;
  if (!userId) throw INVALID_LINK();
  return userId;
}
