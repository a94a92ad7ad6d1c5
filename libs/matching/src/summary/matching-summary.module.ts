import { Module } from '@nestjs/common';
import { MatchesToReviewService } from './matches-to-review.service';
import { MatchingSummaryService } from './matching-summary.service';
import { SpareCapacityService } from './spare-capacity.service';

/** The matching figures: % of the hub's institutions matched, matches to review, spare capacity. */
@Module({
  providers: [MatchingSummaryService, MatchesToReviewService, SpareCapacityService],
  exports: [MatchingSummaryService, MatchesToReviewService, SpareCapacityService],
})
export class MatchingSummaryModule {}
