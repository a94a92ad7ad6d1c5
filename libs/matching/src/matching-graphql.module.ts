import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchImportResolver } from './import/match-import.resolver';
import { AdviserMatchabilityResolver } from './matches/adviser-matchability.resolver';
import { MatchesResolver } from './matches/matches.resolver';
import { MatchMeetingsResolver } from './meetings/match-meetings.resolver';
import { MatchingModule } from './matching.module';
import { MatchingSummaryGraphqlModule } from './summary/matching-summary-graphql.module';
import { SupportNeedsResolver } from './support-needs/support-needs.resolver';

@Module({
  imports: [MatchingModule, AdvisersModule, InstitutionsModule, MatchingSummaryGraphqlModule],
  providers: [
    MatchesResolver,
    MatchMeetingsResolver,
    AdviserMatchabilityResolver,
    SupportNeedsResolver,
    MatchImportResolver,
  ],
})
export class MatchingGraphqlModule {}
