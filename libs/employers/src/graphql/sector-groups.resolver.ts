import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  ANY_ROLE,
  CurrentActor,
  HUB_TEAM,
  listsLoader,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { SectorGroupsService } from '../sector-groups/sector-groups.service';
import { CreateSectorGroupInput, SectorGroupMemberArgs, SectorGroupsArgs } from './employer.inputs';
import { Employer, SectorGroup } from './employer.type';

@Resolver(() => SectorGroup)
export class SectorGroupsResolver {
  constructor(private readonly sectorGroupService: SectorGroupsService) {}

  @Roles(...ANY_ROLE)
  @Query(() => [SectorGroup], { description: 'Your hub’s sector groups, by name.' })
  sectorGroups(@CurrentActor() actor: Actor, @Args() args: SectorGroupsArgs) {
    return this.sectorGroupService.list(actor, args.hubId);
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

  @Roles(Role.EMPLOYER)
  @Mutation(() => SectorGroup, {
    description:
      'Ask for your organisation to join a sector group of your hub; hub staff approve it with addEmployerToSectorGroup or turn it down with removeEmployerFromSectorGroup. Asking again changes nothing.',
  })
  requestSectorGroupMembership(
    @CurrentActor() actor: Actor,
    @Args('sectorGroupId', { type: () => ID, description: 'The sector group.' }, ParseIdPipe)
    sectorGroupId: string,
  ) {
    return this.sectorGroupService.requestToJoin(actor, sectorGroupId);
  }

  @ResolveField(() => [Employer], {
    description:
      'Employers that asked to join and wait for hub staff, by name. Shown to the hub team only; empty for anyone else.',
  })
  joinRequests(
    @CurrentActor() actor: Actor,
    @Parent() group: SectorGroup,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return listsLoader<Employer>(loaders, 'employers.joinRequestsBySectorGroup', (ids) =>
      this.sectorGroupService.requestsByGroupIds(actor, ids),
    ).load(group.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether your own organisation has asked to join and waits for hub staff.',
  })
  async joinRequested(
    @CurrentActor() actor: Actor,
    @Parent() group: SectorGroup,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return loaders
      .get<string, boolean>('employers.joinRequestedByMe', async (ids) => {
        const requested = await this.sectorGroupService.requestedGroupIds(actor);
        return ids.map((id) => requested.has(id));
      })
      .load(group.id);
  }

  @ResolveField(() => [Employer], { description: 'Member employers, by name.' })
  employers(@Parent() group: SectorGroup, @Loaders() loaders: LoaderRegistry) {
    return listsLoader<Employer>(loaders, 'employers.bySectorGroup', (ids) =>
      this.sectorGroupService.employersByGroupIds(ids),
    ).load(group.id);
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
