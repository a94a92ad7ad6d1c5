import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchingSummaryResolver } from './matching-summary.resolver';
import { MatchingSummaryModule } from './matching-summary.module';
import {
  AdviserCapacityFieldsResolver,
  MatchReviewFieldsResolver,
} from './summary-fields.resolver';

@Module({
  imports: [MatchingSummaryModule, AdvisersModule, InstitutionsModule],
  providers: [MatchingSummaryResolver, MatchReviewFieldsResolver, AdviserCapacityFieldsResolver],
})
export class MatchingSummaryGraphqlModule {}
