import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ANY_ROLE, CurrentActor, ParseIdPipe, Public, Role, Roles } from '@chn/core';
import { HubsService } from '../hubs/hubs.service';
import { CreateHubInput, Hub, PublicHub } from './hub.type';

@Resolver(() => Hub)
export class HubsResolver {
  constructor(private readonly hubService: HubsService) {}

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => Hub, { description: 'Create a hub (national administrators only).' })
  createHub(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new hub.' }) input: CreateHubInput,
  ): Promise<Hub> {
    return this.hubService.create(actor, input);
  }

  @Roles(...ANY_ROLE)
  @Query(() => [Hub], {
    description: 'The hubs you can see: your own, or all for a national administrator.',
  })
  hubs(@CurrentActor() actor: Actor): Promise<Hub[]> {
    return this.hubService.list(actor);
  }

  @Public()
  @Query(() => [PublicHub], {
    description: 'Every hub by code and name, for the public forms (no sign-in).',
  })
  publicHubs(): Promise<PublicHub[]> {
    return this.hubService.listAll();
  }

  @Roles(...ANY_ROLE)
  @Query(() => Hub, { description: 'One hub by id.' })
  hub(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Hub id.' }, ParseIdPipe) id: string,
  ) {
    return this.hubService.get(actor, id);
  }
}
