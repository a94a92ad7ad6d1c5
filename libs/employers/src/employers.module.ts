import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Role } from '@chn/core';
import { AuthExtensions, IdentityModule } from '@chn/identity';
import { EmployerApplicationsService } from './applications/employer-applications.service';
import { EmployerApplicationEntity } from './entities/employer-application.entity';
import { ApiKeysService } from './api-keys/api-keys.service';
import { ApiKeyEntity } from './entities/api-key.entity';
import { EmployerContactEntity } from './entities/employer-contact.entity';
import { EmployerEntity } from './entities/employer.entity';
import { MembershipEntity } from './entities/membership.entity';
import {
  SectorGroupEntity,
  SectorGroupJoinRequestEntity,
  SectorGroupMemberEntity,
} from './entities/sector-group.entity';
import { EmployersService } from './employers.service';
import { MembershipsService } from './memberships/memberships.service';
import { SectorGroupsService } from './sector-groups/sector-groups.service';
import { EmployerImportService } from './import/employer-import.service';

const SERVICES = [
  EmployersService,
  MembershipsService,
  SectorGroupsService,
  ApiKeysService,
  EmployerApplicationsService,
  EmployerImportService,
];

/** The employer network without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      EmployerEntity,
      MembershipEntity,
      SectorGroupEntity,
      SectorGroupMemberEntity,
      SectorGroupJoinRequestEntity,
      EmployerContactEntity,
      ApiKeyEntity,
      EmployerApplicationEntity,
    ]),
    IdentityModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class EmployersModule implements OnModuleInit {
  constructor(
    private readonly extensions: AuthExtensions,
    private readonly employers: EmployersService,
    private readonly apiKeys: ApiKeysService,
    private readonly memberships: MembershipsService,
    private readonly applications: EmployerApplicationsService,
  ) {}

  /** EMPLOYER users act for the employer they are a contact of; API keys act for theirs. */
  onModuleInit(): void {
    this.extensions.addEnricher(async (actor) =>
      actor.role === Role.EMPLOYER && actor.employerId === undefined
        ? { ...actor, employerId: await this.employers.employerIdOfUser(actor.userId) }
        : actor,
    );
    this.extensions.setApiKeyAuthenticator((key) => this.apiKeys.authenticate(key));
    this.memberships.onMembershipApproved((manager, actor, membership) =>
      this.applications.onApproved(manager, actor, membership),
    );
    this.memberships.onMembershipEnded((manager, _actor, membership) =>
      this.applications.onEnded(manager, membership),
    );
  }
}
