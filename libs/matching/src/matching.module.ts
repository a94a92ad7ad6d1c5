import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdviserCommitments, AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchEntity } from './entities/match.entity';
import { SupportNeedsEntity } from './entities/support-needs.entity';
import { MatchesService } from './matches/matches.service';
import { countOpenMatches } from './matches/open-matches';
import { MatchingScanService } from './reminders/matching-scan.service';
import { SupportNeedsService } from './support-needs/support-needs.service';

/** Matching without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MatchEntity, SupportNeedsEntity]),
    AdvisersModule,
    InstitutionsModule,
  ],
  providers: [MatchesService, SupportNeedsService, MatchingScanService],
  exports: [MatchesService, SupportNeedsService, MatchingScanService],
})
export class MatchingModule implements OnModuleInit {
  constructor(private readonly commitments: AdviserCommitments) {}

  /** Tells the advisers context how many matches an adviser holds, so capacity stays above them. */
  onModuleInit(): void {
    this.commitments.setOpenMatchCounter(countOpenMatches);
  }
}
