import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, HUB_TEAM, ParseIdPipe, Roles } from '@chn/core';
import { PlanningService } from './planning.service';
import {
  AutoMatchPlan,
  AutoMatchPlanArgs,
  InstitutionSuggestions,
  MatchSuggestionsArgs,
} from './planning.types';

@Resolver()
export class PlanningResolver {
  constructor(private readonly planning: PlanningService) {}

  @Roles(...HUB_TEAM)
  @Query(() => [InstitutionSuggestions], {
    description: 'For each institution of your hub still needing a match, its best advisers.',
  })
  matchSuggestions(@CurrentActor() actor: Actor, @Args() args: MatchSuggestionsArgs) {
    return this.planning.matchSuggestions(
      actor,
      args.academicYear,
      args.institutionIds,
      args.limit ?? 5,
      args.hubId,
    );
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => AutoMatchPlan, {
    description:
      'Computes and stores the 1-2-1 pairings of your hub with the highest total score (not yet proposed).',
  })
  autoMatchPlan(@CurrentActor() actor: Actor, @Args() args: AutoMatchPlanArgs) {
    return this.planning.autoMatchPlan(actor, args.academicYear, args.hubId);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => AutoMatchPlan, {
    description: 'Proposes every pairing of a plan, all or none; a plan is applied once.',
  })
  applyAutoMatchPlan(
    @CurrentActor() actor: Actor,
    @Args('planId', { type: () => ID, description: 'The plan to apply.' }, ParseIdPipe)
    planId: string,
  ) {
    return this.planning.applyAutoMatchPlan(actor, planId);
  }
}
