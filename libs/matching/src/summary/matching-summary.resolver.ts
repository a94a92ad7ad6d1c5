import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, HUB_TEAM, HubYearArgs, Role, Roles } from '@chn/core';
import { Institution } from '@chn/institutions';
import { MatchesToReviewService } from './matches-to-review.service';
import { MatchingSummaryService } from './matching-summary.service';
import { SpareCapacityService } from './spare-capacity.service';
import {
  AdviserCapacity,
  MatchesToReviewArgs,
  MatchingSummary,
  MatchReview,
  SpareCapacityArgs,
  SpareCapacityPageArgs,
  UnmatchedInstitutionsArgs,
} from './matching-summary.type';

const UnmatchedInstitutionConnection = Connection(Institution, 'UnmatchedInstitution');
const AdviserCapacityConnection = Connection(AdviserCapacity, 'AdviserCapacity');

@Resolver(() => MatchingSummary)
export class MatchingSummaryResolver {
  constructor(
    private readonly summaries: MatchingSummaryService,
    private readonly reviews: MatchesToReviewService,
    private readonly capacity: SpareCapacityService,
  ) {}

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => MatchingSummary, {
    description: 'Percentage of the hub’s institutions matched with Enterprise Advisers in a year.',
  })
  matchingSummary(@CurrentActor() actor: Actor, @Args() args: HubYearArgs) {
    return this.summaries.summary(actor, args.academicYear, args.hubId);
  }

  @Roles(...HUB_TEAM)
  @Query(() => [MatchReview], {
    description:
      'Active matches to look at as the year starts: adviser left, paused or erased, DBS check lapsed, or no activity since the year began (no change to the match and no meeting logged in the year).',
  })
  matchesToReview(@CurrentActor() actor: Actor, @Args() args: MatchesToReviewArgs) {
    return this.reviews.list(actor, args.academicYear, args.hubId);
  }

  @Roles(...HUB_TEAM)
  @Query(() => [AdviserCapacity], {
    deprecationReason: 'Unpaged: use spareAdviserCapacityConnection.',
    description:
      'Enterprise Advisers who may be matched today (active, induction and DBS check current) and can take another 1-2-1 or agile match, by name, with the free slots of each kind.',
  })
  spareAdviserCapacity(@CurrentActor() actor: Actor, @Args() args: SpareCapacityArgs) {
    return this.capacity.list(actor, args.hubId);
  }

  @Roles(...HUB_TEAM)
  @Query(() => AdviserCapacityConnection, {
    description:
      'A page of the Enterprise Advisers who may be matched today (active, induction and DBS check current) and can take another match, by name, with the free slots of each kind; optionally only those with a free slot of one kind.',
  })
  spareAdviserCapacityConnection(
    @CurrentActor() actor: Actor,
    @Args() args: SpareCapacityPageArgs,
  ) {
    return this.capacity.page(actor, args);
  }

  @ResolveField(() => UnmatchedInstitutionConnection, {
    description:
      'Institutions in the hub that no match covered in the year, by name; optionally of one local authority and some types.',
  })
  unmatchedInstitutions(
    @Parent() summary: MatchingSummary,
    @Args() args: UnmatchedInstitutionsArgs,
  ) {
    return this.summaries.unmatchedInstitutions(summary.hubId, summary.academicYear, args);
  }
}
