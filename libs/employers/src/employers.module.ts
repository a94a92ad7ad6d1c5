import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chn/identity';
import { ApiKeyEntity } from './entities/api-key.entity';
import { EmployerContactEntity } from './entities/employer-contact.entity';
import { EmployerEntity } from './entities/employer.entity';
import { MembershipEntity } from './entities/membership.entity';
import { SectorGroupEntity, SectorGroupMemberEntity } from './entities/sector-group.entity';
import { EmployersService } from './employers.service';

/** The employer network without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      EmployerEntity,
      MembershipEntity,
      SectorGroupEntity,
      SectorGroupMemberEntity,
      EmployerContactEntity,
      ApiKeyEntity,
    ]),
    IdentityModule,
  ],
  providers: [EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
