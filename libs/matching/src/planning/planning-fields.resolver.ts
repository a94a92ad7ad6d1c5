import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Adviser, AdvisersService } from '@chn/advisers';
import { LoaderRegistry, Loaders } from '@chn/core';
import { Institution, InstitutionsService } from '@chn/institutions';
import { AdviserSuggestion, InstitutionSuggestions, PlannedMatch } from './planning.types';

@Resolver(() => InstitutionSuggestions)
export class InstitutionSuggestionsResolver {
  constructor(private readonly institutions: InstitutionsService) {}

  @ResolveField(() => Institution, { description: 'The school or college.' })
  institution(@Parent() parent: InstitutionSuggestions, @Loaders() loaders: LoaderRegistry) {
    return this.institutions.loader(loaders).load(parent.institutionId);
  }
}

@Resolver(() => AdviserSuggestion)
export class AdviserSuggestionResolver {
  constructor(private readonly advisers: AdvisersService) {}

  @ResolveField(() => Adviser, { description: 'The suggested Enterprise Adviser.' })
  adviser(@Parent() parent: AdviserSuggestion, @Loaders() loaders: LoaderRegistry) {
    return this.advisers.loader(loaders).load(parent.adviserId);
  }
}

@Resolver(() => PlannedMatch)
export class PlannedMatchResolver {
  constructor(
    private readonly advisers: AdvisersService,
    private readonly institutions: InstitutionsService,
  ) {}

  @ResolveField(() => Adviser, { description: 'The Enterprise Adviser to propose.' })
  adviser(@Parent() parent: PlannedMatch, @Loaders() loaders: LoaderRegistry) {
    return this.advisers.loader(loaders).load(parent.adviserId);
  }

  @ResolveField(() => Institution, { description: 'The school or college.' })
  institution(@Parent() parent: PlannedMatch, @Loaders() loaders: LoaderRegistry) {
    return this.institutions.loader(loaders).load(parent.institutionId);
  }
}
