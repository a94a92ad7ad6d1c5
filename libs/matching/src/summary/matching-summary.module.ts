import { Module } from '@nestjs/common';
import { MatchesToReviewService } from './matches-to-review.service';
import { MatchingSummaryService } from './matching-summary.service';

/** The matching figures: % of the hub's institutions matched, and the matches to review. */
@Module({
  providers: [MatchingSummaryService, MatchesToReviewService],
  exports: [MatchingSummaryService, MatchesToReviewService],
})
export class MatchingSummaryModule {}
