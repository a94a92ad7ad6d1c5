import { Module } from '@nestjs/common';
import { MatchingSummaryResolver } from './matching-summary.resolver';
import { MatchingSummaryModule } from './matching-summary.module';

@Module({
  imports: [MatchingSummaryModule],
  providers: [MatchingSummaryResolver],
})
export class MatchingSummaryGraphqlModule {}
