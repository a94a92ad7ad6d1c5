import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Adviser, AdviserEntity, AdvisersService } from '@chn/advisers';
import { byKey, LoaderRegistry, Loaders } from '@chn/core';
import { Institution, InstitutionEntity, InstitutionsService } from '@chn/institutions';
import { AdviserSuggestion, InstitutionSuggestions, PlannedMatch } from './planning.types';

function adviserLoader(loaders: LoaderRegistry, advisers: AdvisersService) {
  return loaders.get<string, AdviserEntity | null>('matching.adviserById', async (ids) =>
    byKey(ids, await advisers.findByIds(ids), (adviser) => adviser.id),
  );
}

function institutionLoader(loaders: LoaderRegistry, institutions: InstitutionsService) {
  return loaders.get<string, InstitutionEntity | null>('matching.institutionById', async (ids) =>
    byKey(ids, await institutions.findByIds(ids), (institution) => institution.id),
  );
}

@Resolver(() => InstitutionSuggestions)
export class InstitutionSuggestionsResolver {
  constructor(private readonly institutions: InstitutionsService) {}

  @ResolveField(() => Institution, { description: 'The school or college.' })
  institution(@Parent() parent: InstitutionSuggestions, @Loaders() loaders: LoaderRegistry) {
    return institutionLoader(loaders, this.institutions).load(parent.institutionId);
  }
}

@Resolver(() => AdviserSuggestion)
export class AdviserSuggestionResolver {
  constructor(private readonly advisers: AdvisersService) {}

  @ResolveField(() => Adviser, { description: 'The suggested Enterprise Adviser.' })
  adviser(@Parent() parent: AdviserSuggestion, @Loaders() loaders: LoaderRegistry) {
    return adviserLoader(loaders, this.advisers).load(parent.adviserId);
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
    return adviserLoader(loaders, this.advisers).load(parent.adviserId);
  }

  @ResolveField(() => Institution, { description: 'The school or college.' })
  institution(@Parent() parent: PlannedMatch, @Loaders() loaders: LoaderRegistry) {
    return institutionLoader(loaders, this.institutions).load(parent.institutionId);
  }
}
