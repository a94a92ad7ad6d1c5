import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, listsLoader, LoaderRegistry, Loaders } from '@chn/core';
import { SectorGroup } from '@chn/employers';
import { OpportunitiesService } from '../opportunities.service';
import { Opportunity } from './opportunity.type';

@Resolver(() => SectorGroup)
export class SectorGroupOpportunitiesResolver {
  constructor(private readonly opportunityService: OpportunitiesService) {}

  @ResolveField(() => [Opportunity], {
    description: 'Published opportunities of the group’s employers that have not ended yet.',
  })
  openOpportunities(
    @Parent() group: SectorGroup,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return listsLoader<Opportunity>(loaders, 'sectorGroups.openOpportunities', (ids) =>
      this.opportunityService.openBySectorGroup(actor, ids),
    ).load(group.id);
  }
}
