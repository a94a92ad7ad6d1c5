import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@chn/core';
import { AuthExtensions } from './auth/auth-extensions.service';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { PublicFormThrottleService } from './auth/public-form-throttle.service';
import { ApplicantInvitations } from './invitations/applicant-invitations';
import { PurgeLoginAttemptsJob } from './auth/purge-login-attempts.job';
import { SignInCodesService } from './auth/sign-in-codes.service';
import { HubEntity } from './entities/hub.entity';
import { LoginAttemptEntity } from './entities/login-attempt.entity';
import { SignInCodeEntity } from './entities/sign-in-code.entity';
import { UserEntity } from './entities/user.entity';
import { UserTokenEntity } from './entities/user-token.entity';
import { AccountAdminService } from './users/account-admin.service';
import { AccountLinksService } from './users/account-links.service';
import { PasswordHasher } from './users/password-hasher';
import { HubsService } from './hubs/hubs.service';
import { UsersService } from './users/users.service';

/** Users, hubs and sign-in, without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      HubEntity,
      UserEntity,
      LoginAttemptEntity,
      SignInCodeEntity,
      UserTokenEntity,
    ]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object made once: given a string, jsonwebtoken tries to parse it as a public key
        // on every verification first.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as `${number}h` },
      }),
    }),
  ],
  providers: [
    HubsService,
    UsersService,
    LoginThrottleService,
    AuthService,
    SignInCodesService,
    AuthExtensions,
    PurgeLoginAttemptsJob,
    PublicFormThrottleService,
    ApplicantInvitations,
    AccountLinksService,
    AccountAdminService,
    PasswordHasher,
  ],
  exports: [
    HubsService,
    UsersService,
    AuthService,
    LoginThrottleService,
    AuthExtensions,
    PublicFormThrottleService,
    ApplicantInvitations,
    AccountLinksService,
    AccountAdminService,
  ],
})
export class IdentityModule {}
