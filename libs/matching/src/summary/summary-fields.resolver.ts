import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Adviser, AdvisersService } from '@chn/advisers';
import { LoaderRegistry, Loaders } from '@chn/core';
import { Institution, InstitutionsService } from '@chn/institutions';
import { AdviserCapacity, MatchReview } from './matching-summary.type';

/** The adviser and institution of a match to review, so a list can name them. */
@Resolver(() => MatchReview)
export class MatchReviewFieldsResolver {
  constructor(
    private readonly advisers: AdvisersService,
    private readonly institutions: InstitutionsService,
  ) {}

  @ResolveField(() => Adviser, { description: 'The Enterprise Adviser of the match.' })
  adviser(@Parent() review: MatchReview, @Loaders() loaders: LoaderRegistry) {
    return this.advisers.loader(loaders).load(review.adviserId);
  }

  @ResolveField(() => Institution, { description: 'The institution of the match.' })
  institution(@Parent() review: MatchReview, @Loaders() loaders: LoaderRegistry) {
    return this.institutions.loader(loaders).load(review.institutionId);
  }
}

/** The adviser of a spare-capacity row, so a list can name them. */
@Resolver(() => AdviserCapacity)
export class AdviserCapacityFieldsResolver {
  constructor(private readonly advisers: AdvisersService) {}

  @ResolveField(() => Adviser, { description: 'The Enterprise Adviser.' })
  adviser(@Parent() capacity: AdviserCapacity, @Loaders() loaders: LoaderRegistry) {
    return this.advisers.loader(loaders).load(capacity.adviserId);
  }
}
