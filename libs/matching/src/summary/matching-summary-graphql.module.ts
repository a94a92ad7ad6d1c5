import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchReviewFieldsResolver } from './match-review-fields.resolver';
import { MatchingSummaryResolver } from './matching-summary.resolver';
import { MatchingSummaryModule } from './matching-summary.module';

@Module({
  imports: [MatchingSummaryModule, AdvisersModule, InstitutionsModule],
  providers: [MatchingSummaryResolver, MatchReviewFieldsResolver],
})
export class MatchingSummaryGraphqlModule {}
