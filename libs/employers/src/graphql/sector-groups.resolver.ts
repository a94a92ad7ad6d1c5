import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  ANY_ROLE,
  CurrentActor,
  HUB_TEAM,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Roles,
} from '@chn/core';
import { SectorGroupsService } from '../sector-groups/sector-groups.service';
import { CreateSectorGroupInput, SectorGroupMemberArgs } from './employer.inputs';
import { Employer, SectorGroup } from './employer.type';

@Resolver(() => SectorGroup)
export class SectorGroupsResolver {
  constructor(private readonly sectorGroupService: SectorGroupsService) {}

  @Roles(...ANY_ROLE)
  @Query(() => [SectorGroup], { description: 'Your hub’s sector groups, by name.' })
  sectorGroups(@CurrentActor() actor: Actor) {
    return this.sectorGroupService.list(actor);
  }

  @Roles(...ANY_ROLE)
  @Query(() => SectorGroup, { description: 'One sector group by id.' })
  sectorGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Sector group id.' }, ParseIdPipe) id: string,
  ) {
    return this.sectorGroupService.get(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => SectorGroup, { description: 'Create a sector group.' })
  createSectorGroup(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new group.' }) input: CreateSectorGroupInput,
  ) {
    return this.sectorGroupService.create(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => SectorGroup, {
    description: 'Add an employer of the same hub to a sector group.',
  })
  addEmployerToSectorGroup(@CurrentActor() actor: Actor, @Args() args: SectorGroupMemberArgs) {
    return this.sectorGroupService.addEmployer(actor, args);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => SectorGroup, { description: 'Remove an employer from a sector group.' })
  removeEmployerFromSectorGroup(@CurrentActor() actor: Actor, @Args() args: SectorGroupMemberArgs) {
    return this.sectorGroupService.removeEmployer(actor, args);
  }

  @ResolveField(() => [Employer], { description: 'Member employers, by name.' })
  employers(@Parent() group: SectorGroup, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get<string, Employer[]>('employers.bySectorGroup', async (ids) => {
        const employers = await this.sectorGroupService.employersByGroupIds(ids);
        return ids.map((id) => employers.get(id) ?? []);
      })
      .load(group.id);
  }

  @ResolveField(() => Int, { description: 'How many employers are in the group.' })
  employerCount(@Parent() group: SectorGroup, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get<string, number>('employers.countBySectorGroup', async (ids) => {
        const counts = await this.sectorGroupService.countsByGroupIds(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(group.id);
  }
}
