import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeHostEntity } from './entities/programme-host.entity';
import { ProgrammeParticipantEntity } from './entities/programme-participant.entity';
import { ProgrammeSessionEntity } from './entities/programme-session.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammeParticipantsService } from './programme-participants.service';
import { ProgrammeSessionsService } from './programme-sessions.service';
import { ProgrammesService } from './programmes.service';

const SERVICES = [ProgrammesService, ProgrammeParticipantsService, ProgrammeSessionsService];

/** Hub programmes without transport: used by the API and the CLI (demo seed). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProgrammeEntity,
      ProgrammeHostEntity,
      ProgrammeParticipantEntity,
      ProgrammeSessionEntity,
    ]),
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class ProgrammesModule {}
