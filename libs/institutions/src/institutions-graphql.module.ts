import { Module } from '@nestjs/common';
import { IdentityModule } from '@chn/identity';
import { InstitutionsResolver } from './graphql/institutions.resolver';
import { InstitutionsModule } from './institutions.module';

@Module({
  imports: [InstitutionsModule, IdentityModule],
  providers: [InstitutionsResolver],
})
export class InstitutionsGraphqlModule {}
