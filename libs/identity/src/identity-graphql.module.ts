import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { AccountResolver } from './graphql/account.resolver';
import { AuthResolver } from './graphql/auth.resolver';
import { HubsResolver } from './graphql/hubs.resolver';
import { UsersResolver } from './graphql/users.resolver';
import { IdentityModule } from './identity.module';
import { OidcClients } from './oidc/oidc-clients.service';
import { OidcController } from './oidc/oidc.controller';

/**
 * The identity API: resolvers, sign-in through OpenID Connect providers, the global auth guard
 * and the bootstrap administrator.
 */
@Module({
  imports: [IdentityModule],
  controllers: [OidcController],
  providers: [
    OidcClients,
    AuthResolver,
    AccountResolver,
    UsersResolver,
    HubsResolver,
    BootstrapAdminService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class IdentityGraphqlModule {}
