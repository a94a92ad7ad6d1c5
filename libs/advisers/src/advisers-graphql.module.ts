import { Module } from '@nestjs/common';
import { EmployersModule } from '@chn/employers';
import { IdentityModule } from '@chn/identity';
import { AdvisersModule } from './advisers.module';
import { AdviserDataResolver } from './graphql/adviser-data.resolver';
import { AdvisersResolver } from './graphql/advisers.resolver';
import { SectorGroupAdvisersResolver } from './graphql/sector-group-advisers.resolver';
import { AdviserImportResolver } from './import/adviser-import.resolver';

@Module({
  imports: [AdvisersModule, IdentityModule, EmployersModule],
  providers: [
    AdvisersResolver,
    AdviserDataResolver,
    SectorGroupAdvisersResolver,
    AdviserImportResolver,
  ],
})
export class AdvisersGraphqlModule {}
