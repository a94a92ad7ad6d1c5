import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Role } from '@chn/core';
import { EmployersModule } from '@chn/employers';
import { AuthExtensions, IdentityModule } from '@chn/identity';
import { AdviserCommitments } from './adviser-commitments';
import { AdvisersService } from './advisers.service';
import { AdviserDataExtensions } from './data-protection/adviser-data-extensions.service';
import { AdviserDataService } from './data-protection/adviser-data.service';
import { AdviserEntity } from './entities/adviser.entity';
import { AdviserImportService } from './import/adviser-import.service';

/** Enterprise Advisers without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [TypeOrmModule.forFeature([AdviserEntity]), IdentityModule, EmployersModule],
  providers: [
    AdvisersService,
    AdviserDataService,
    AdviserDataExtensions,
    AdviserCommitments,
    AdviserImportService,
  ],
  exports: [
    AdvisersService,
    AdviserDataService,
    AdviserDataExtensions,
    AdviserCommitments,
    AdviserImportService,
  ],
})
export class AdvisersModule implements OnModuleInit {
  constructor(
    private readonly authExtensions: AuthExtensions,
    private readonly advisers: AdvisersService,
  ) {}

  /** Tells every request of an ADVISER user which adviser record is theirs (null before they register). */
  onModuleInit(): void {
    this.authExtensions.addEnricher(async (actor) =>
      actor.role === Role.ADVISER
        ? { ...actor, adviserId: await this.advisers.idForUser(actor.userId) }
        : actor,
    );
  }
}
