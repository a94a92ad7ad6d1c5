import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor, DomainError, Role } from '@chn/core';
import { UserEntity } from '../entities/user.entity';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { AuthExtensions } from './auth-extensions.service';
import { LoginThrottleService } from './login-throttle.service';
import { SignInCodesService } from './sign-in-codes.service';

interface TokenClaims {
  sub: string;
  role: Role;
  hubId: string | null;
  /** The user's token version when it was issued: raising it signs them out everywhere. */
  ver?: number;
  exp: number;
}

export interface Session {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
}

const DEACTIVATED = () =>
  DomainError.unauthenticated(
    'This account has been deactivated: ask your hub administrator',
    'ACCOUNT_DEACTIVATED',
  );

const INVALID_CREDENTIALS = () =>
  DomainError.unauthenticated('Email or password is not right', 'INVALID_CREDENTIALS');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
    private readonly jwt: JwtService,
    private readonly extensions: AuthExtensions,
    private readonly codes: SignInCodesService,
    private readonly passwords: PasswordHasher,
  ) {}

  async login(email: string, password: string, address: string | undefined): Promise<Session> {
    const keys = LoginThrottleService.keys(email, address);
    await this.throttle.beforeAttempt(keys);
    const user = await this.users.findByEmail(email);
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(keys);
      throw INVALID_CREDENTIALS();
    }
    await this.throttle.recordSuccess(keys);
    if (user.deactivatedAt) throw DEACTIVATED();
    return this.startSession(user);
  }

  /** Signs the user in: a fresh token carrying their current token version. */
  async startSession(user: UserEntity): Promise<Session> {
    user.lastLoginAt = await this.users.markSignedIn(user.id);
    return this.issueToken(user);
  }

  /**
   * Signs in the account with an email an OpenID Connect provider has verified, counted by the
   * same throttle as passwords: an email without an account is a failure. Answers a one-time
   * code for the console to exchange (`exchangeSignInCode`), never the token itself.
   */
  async signInWithVerifiedEmail(email: string, address: string | undefined): Promise<string> {
    const keys = LoginThrottleService.keys(email, address);
    await this.throttle.beforeAttempt(keys);
    const user = await this.users.findByEmail(email);
    if (!user) {
      await this.throttle.recordFailure(keys);
      throw DomainError.unauthenticated(
        `No Careers Hub account has the email ${email.trim().toLowerCase()}. Ask your hub for an invitation, or sign in another way.`,
        'SIGN_IN_NO_ACCOUNT',
      );
    }
    if (user.deactivatedAt) throw DEACTIVATED();
    await this.throttle.recordSuccess(keys);
    await this.users.markSignedIn(user.id);
    return this.codes.issue(user.id);
  }

  /** The token for a one-time code from `signInWithVerifiedEmail`; a code works once. */
  async exchangeSignInCode(
    code: string,
  ): Promise<{ accessToken: string; expiresAt: Date; user: UserEntity }> {
    const userId = await this.codes.consume(code);
    const user = userId ? await this.users.findById(userId) : null;
    if (!user) {
      throw DomainError.unauthenticated(
        'This sign-in link has expired or was already used. Please sign in again.',
        'SIGN_IN_CODE_INVALID',
      );
    }
    if (user.deactivatedAt) throw DEACTIVATED();
    return this.issueToken(user);
  }

  private async issueToken(user: UserEntity) {
    const accessToken = await this.jwt.signAsync({
      sub: user.id,
      role: user.role,
      hubId: user.hubId,
      ver: user.tokenVersion,
    });
    const { exp } = this.jwt.decode<TokenClaims>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000), user };
  }

  /** The Actor behind an employer API key; a key made by a since deactivated user is refused. */
  async actorForApiKey(key: string): Promise<Actor> {
    const actor = await this.extensions.authenticateApiKey(key);
    const creator = await this.users.findById(actor.userId);
    if (!creator || creator.deactivatedAt) {
      throw DomainError.unauthenticated(
        'The API key was made by an account that has been deactivated',
        'INVALID_API_KEY',
      );
    }
    return actor;
  }

  /**
   * The Actor behind a bearer token. The user is read again so that a deleted or deactivated
   * account, a changed role or hub, or signing out everywhere takes effect at once, not when the
   * token expires.
   */
  async actorFor(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw DomainError.unauthenticated(
        'Your session has expired or the token is not valid',
        'INVALID_TOKEN',
      );
    }
    const user = await this.users.current(claims.sub);
    if (!user) {
      throw DomainError.unauthenticated('This account no longer exists', 'INVALID_TOKEN');
    }
    if (user.deactivatedAt) throw DEACTIVATED();
    if ((claims.ver ?? 0) !== user.tokenVersion) {
      throw DomainError.unauthenticated('You have been signed out: sign in again', 'INVALID_TOKEN');
    }
    return this.extensions.enrich({ userId: user.id, role: user.role, hubId: user.hubId });
  }
}
