import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { AccountResolver } from './graphql/account.resolver';
import { AuthResolver } from './graphql/auth.resolver';
import { HubsResolver } from './graphql/hubs.resolver';
import { UsersResolver } from './graphql/users.resolver';
import { IdentityModule } from './identity.module';

/** The identity API: resolvers, the global auth guard and the bootstrap administrator. */
@Module({
  imports: [IdentityModule],
  providers: [
    AuthResolver,
    AccountResolver,
    UsersResolver,
    HubsResolver,
    BootstrapAdminService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class IdentityGraphqlModule {}
