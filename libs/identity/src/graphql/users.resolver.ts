import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Connection,
  CurrentActor,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { HubsService } from '../hubs/hubs.service';
import { UsersService } from '../users/users.service';
import { Hub } from './hub.type';
import { CreateUserInput, User, UsersArgs } from './user.type';

const UserConnection = Connection(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly userService: UsersService,
    private readonly hubService: HubsService,
  ) {}

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => User, {
    description:
      'Create a user. Hub admins create users in their own hub; a national administrator in any hub.',
  })
  createUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new user.' }) input: CreateUserInput,
  ): Promise<User> {
    return this.userService.create(actor, input);
  }

  @Roles(Role.HUB_ADMIN)
  @Query(() => UserConnection, {
    description: "Users of the admin's hub (every hub for a national administrator).",
  })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs) {
    return this.userService.list(actor, args);
  }

  @Roles(Role.HUB_ADMIN)
  @Query(() => User, { description: 'One user by id.' })
  user(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'User id.' }, ParseIdPipe) id: string,
  ) {
    return this.userService.get(actor, id);
  }

  @ResolveField(() => Hub, { nullable: true, description: 'Hub the user belongs to.' })
  hub(@Parent() user: User, @Loaders() loaders: LoaderRegistry) {
    if (!user.hubId) return null;
    return this.hubService.loader(loaders).load(user.hubId);
  }
}
