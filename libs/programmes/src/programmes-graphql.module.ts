import { Module } from '@nestjs/common';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { OpportunitiesModule } from '@chn/opportunities';
import {
  ProgrammeParticipantResolver,
  ProgrammeSessionResolver,
} from './graphql/programme-parts.resolver';
import { ProgrammesResolver } from './graphql/programmes.resolver';
import { ProgrammesModule } from './programmes.module';

/** The programmes API: programmes, their participants and the sessions delivered. */
@Module({
  imports: [ProgrammesModule, EmployersModule, InstitutionsModule, OpportunitiesModule],
  providers: [ProgrammesResolver, ProgrammeParticipantResolver, ProgrammeSessionResolver],
})
export class ProgrammesGraphqlModule {}
