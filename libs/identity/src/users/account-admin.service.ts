import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, DomainError, Role } from '@chn/core';
import { Session, AuthService } from '../auth/auth.service';
import { UserEntity } from '../entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { auditedUser, auditUser } from './user-audit';
import { UsersService } from './users.service';

const notOwnAccount = (actor: Actor, user: UserEntity) => {
  if (user.id === actor.userId) {
    throw DomainError.forbidden(
      'You cannot do this to your own account: ask another administrator',
      'CANNOT_CHANGE_OWN_ACCOUNT',
    );
  }
};

/**
 * What changes an account after it exists: hub admins deactivate, reactivate and change the role
 * of users of their hub (a national administrator of any); everyone changes their own password
 * and signs out everywhere. Each change takes effect on the next request (AuthService.actorFor).
 */
@Injectable()
export class AccountAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly passwords: PasswordHasher,
  ) {}

  async deactivate(actor: Actor, id: string): Promise<UserEntity> {
    return this.change(actor, id, 'deactivated', (user) => {
      user.deactivatedAt ??= new Date();
    });
  }

  async reactivate(actor: Actor, id: string): Promise<UserEntity> {
    return this.change(actor, id, 'reactivated', (user) => {
      user.deactivatedAt = null;
    });
  }

  async changeRole(actor: Actor, id: string, role: Role): Promise<UserEntity> {
    return this.change(actor, id, 'role_changed', (user) => {
      if (user.hubId === null && role !== Role.HUB_ADMIN) {
        throw DomainError.validation(
          'HUB_REQUIRED',
          'A national administrator has no hub, so can hold no other role',
        );
      }
      user.role = role;
    });
  }

  /** Changes the caller's password, signs out their other sessions, and gives a fresh token. */
  async changePassword(actor: Actor, current: string, next: string): Promise<Session> {
    const user = await this.users.get(actor, actor.userId);
    if (!(await this.passwords.verify(user.passwordHash, current))) {
      throw DomainError.validation('WRONG_PASSWORD', 'The current password is not right', [
        { field: 'currentPassword', messages: ['is not right'] },
      ]);
    }
    const passwordHash = await this.passwords.hash(next);
    const updated = await this.db.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await manager.increment(UserEntity, { id: user.id }, 'tokenVersion', 1);
      const fresh = await manager.findOneByOrFail(UserEntity, { id: user.id });
      await auditUser(manager, actor, fresh, 'password_changed');
      return fresh;
    });
    return this.auth.startSession(updated);
  }

  /** Every token issued to the caller so far stops working, this one included. */
  async signOutEverywhere(actor: Actor): Promise<boolean> {
    await this.db.manager.increment(UserEntity, { id: actor.userId }, 'tokenVersion', 1);
    return true;
  }

  private async change(
    actor: Actor,
    id: string,
    action: string,
    apply: (user: UserEntity) => void,
  ): Promise<UserEntity> {
    const user = await this.users.get(actor, id);
    notOwnAccount(actor, user);
    return this.db.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(UserEntity, {
        where: { id: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      const before = auditedUser(locked);
      apply(locked);
      await manager.save(locked);
      await auditUser(manager, actor, locked, action, before);
      return locked;
    });
  }
}
