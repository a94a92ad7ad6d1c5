import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdviserCommitments, AdviserDataExtensions, AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchEntity } from './entities/match.entity';
import { MatchMeetingEntity } from './entities/match-meeting.entity';
import { MatchMeetingsService } from './meetings/match-meetings.service';
import { adviserMatchesSection } from './matches/adviser-matches.section';
import { SupportNeedsEntity } from './entities/support-needs.entity';
import { MatchImportService } from './import/match-import.service';
import { MatchesService } from './matches/matches.service';
import { countOpenMatches } from './matches/open-matches';
import { SupportNeedsService } from './support-needs/support-needs.service';

/** Matching without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MatchEntity, MatchMeetingEntity, SupportNeedsEntity]),
    AdvisersModule,
    InstitutionsModule,
  ],
  providers: [MatchesService, MatchMeetingsService, SupportNeedsService, MatchImportService],
  exports: [MatchesService, MatchMeetingsService, SupportNeedsService, MatchImportService],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly adviserData: AdviserDataExtensions,
    private readonly commitments: AdviserCommitments,
  ) {}

  /**
   * An adviser's matches go into their export and mentions of them are erased with them; the
   * advisers context learns how many matches an adviser holds, so capacity stays above them.
   */
  onModuleInit(): void {
    this.adviserData.addSection(adviserMatchesSection);
    this.commitments.setOpenMatchCounter(countOpenMatches);
  }
}
