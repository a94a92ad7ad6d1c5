import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, recordEvent, Role } from '@chn/core';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { AuthService, Session } from '../auth/auth.service';
import { UserEntity } from '../entities/user.entity';
import { UserTokenPurpose } from '../entities/user-token.entity';
import { InviteUserInput } from '../graphql/user.type';
import { PasswordHasher } from './password-hasher';
import { auditUser } from './user-audit';
import { consumeUserToken, issueUserToken, TOKEN_LIFETIME_MS } from './user-tokens';
import { UsersService } from './users.service';

/**
 * Passwords set from emailed one-time links: invitations (valid 7 days) and password resets
 * (valid 1 hour). The email goes out as a domain event the notifications context mails to the
 * user (`user.invited`, `user.password_reset_requested`).
 */
@Injectable()
export class AccountLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly passwords: PasswordHasher,
  ) {}

  /** Creates the user without a password and emails them a link to choose one. */
  async invite(actor: Actor, input: InviteUserInput): Promise<UserEntity> {
    const hubId = await this.users.hubForNewUser(actor, input);
    return this.db.transaction((manager) => this.inviteWithin(manager, actor, { ...input, hubId }));
  }

  /**
   * The invitation itself, inside the caller's transaction: also used when hub staff approve
   * someone who applied from a public form, whatever the approver's own right to invite.
   */
  async inviteWithin(
    manager: EntityManager,
    actor: Actor | null,
    input: { email: string; name: string; role: Role; hubId: string | null },
  ): Promise<UserEntity> {
    const user = await this.users.insert({ ...input, password: null }, manager);
    await auditUser(manager, actor, user, 'invited');
    const token = await issueUserToken(manager, user.id, UserTokenPurpose.INVITE);
    await recordEvent(manager, actor, {
      type: 'user.invited',
      hubId: user.hubId,
      aggregateType: 'user',
      aggregateId: user.id,
      payload: { token, validDays: TOKEN_LIFETIME_MS.INVITE / 86_400_000 },
    });
    return user;
  }

  /** Sets the invited user's password from their link and signs them in. */
  acceptInvitation(token: string, password: string): Promise<Session> {
    return this.setPasswordFromLink(
      token,
      password,
      UserTokenPurpose.INVITE,
      'invitation_accepted',
    );
  }

  /**
   * Emails a reset link when an active account has this email; answers the same either way.
   * Every request counts against the email and the address as a failed sign-in does
   * (login-throttle.policy.ts), so the link cannot be used to flood someone's inbox.
   */
  async requestPasswordReset(email: string, address: string | undefined): Promise<void> {
    const keys = LoginThrottleService.resetKeys(email, address);
    await this.throttle.beforeAttempt(keys);
    await this.throttle.recordFailure(keys);
    const user = await this.users.findByEmail(email);
    if (!user || user.deactivatedAt) return;
    await this.db.transaction(async (manager) => {
      const token = await issueUserToken(manager, user.id, UserTokenPurpose.RESET);
      await recordEvent(manager, null, {
        type: 'user.password_reset_requested',
        hubId: user.hubId,
        aggregateType: 'user',
        aggregateId: user.id,
        payload: { token, validMinutes: TOKEN_LIFETIME_MS.RESET / 60_000 },
      });
    });
  }

  /** Sets a new password from a reset link, signs out every other session and signs in. */
  resetPassword(token: string, password: string): Promise<Session> {
    return this.setPasswordFromLink(token, password, UserTokenPurpose.RESET, 'password_reset');
  }

  private async setPasswordFromLink(
    token: string,
    password: string,
    purpose: UserTokenPurpose,
    action: string,
  ): Promise<Session> {
    const passwordHash = await this.passwords.hash(password);
    const user = await this.db.transaction(async (manager) => {
      const userId = await consumeUserToken(manager, token, purpose);
      await manager.increment(UserEntity, { id: userId }, 'tokenVersion', 1);
      await manager.update(UserEntity, { id: userId }, { passwordHash });
      const updated = await manager.findOneByOrFail(UserEntity, { id: userId });
      await auditUser(manager, null, updated, action);
      return updated;
    });
    return this.auth.startSession(user);
  }
}
