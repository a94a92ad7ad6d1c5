import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  canReadHub,
  CurrentActor,
  HUB_TEAM,
  listsLoader,
  LoaderRegistry,
  Loaders,
} from '@chn/core';
import { SectorGroup } from '@chn/employers';
import { AdvisersService } from '../advisers.service';
import { AdviserEntity } from '../entities/adviser.entity';
import { Adviser } from './adviser.type';

@Resolver(() => SectorGroup)
export class SectorGroupAdvisersResolver {
  constructor(private readonly adviserService: AdvisersService) {}

  @ResolveField(() => [Adviser], {
    description:
      'ACTIVE advisers from the group’s employers, by name. Shown to the hub team only; empty for anyone else.',
  })
  async advisers(
    @Parent() group: SectorGroup,
    @CurrentActor() actor: Actor | undefined,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<AdviserEntity[]> {
    if (!actor || !HUB_TEAM.includes(actor.role) || !canReadHub(actor, group.hubId)) return [];
    return listsLoader<AdviserEntity>(loaders, 'advisers.activeBySectorGroup', (groupIds) =>
      this.adviserService.activeInSectorGroups(groupIds),
    ).load(group.id);
  }
}
