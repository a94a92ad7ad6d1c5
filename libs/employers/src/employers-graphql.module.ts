import { Module } from '@nestjs/common';
import { EmployersModule } from './employers.module';
import { ApiKeysResolver } from './graphql/api-keys.resolver';
import { EmployersResolver } from './graphql/employers.resolver';
import { EmployerApplicationsResolver } from './graphql/employer-applications.resolver';
import { MembershipsResolver } from './graphql/memberships.resolver';
import { SectorGroupsResolver } from './graphql/sector-groups.resolver';
import { EmployerImportResolver } from './import/employer-import.resolver';

@Module({
  imports: [EmployersModule],
  providers: [
    EmployersResolver,
    MembershipsResolver,
    SectorGroupsResolver,
    ApiKeysResolver,
    EmployerApplicationsResolver,
    EmployerImportResolver,
  ],
})
export class EmployersGraphqlModule {}
