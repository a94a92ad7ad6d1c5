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
import { AccountAdminService } from '../users/account-admin.service';
import { AccountLinksService } from '../users/account-links.service';
import { UsersService } from '../users/users.service';
import { Hub } from './hub.type';
import { CreateUserInput, InviteUserInput, User, UsersArgs } from './user.type';

const UserConnection = Connection(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly userService: UsersService,
    private readonly hubService: HubsService,
    private readonly links: AccountLinksService,
    private readonly accounts: AccountAdminService,
  ) {}

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => User, {
    description:
      'Invite a user: the account is made without a password and they are emailed a link (one use, 7 days) to choose one. Hub admins invite into their own hub; a national administrator into any.',
  })
  inviteUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Who to invite.' }) input: InviteUserInput,
  ): Promise<User> {
    return this.links.invite(actor, input);
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => User, {
    description:
      'Deactivate a user of your hub: they cannot sign in, and their tokens and the API keys they made stop working at once.',
  })
  deactivateUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'User id.' }, ParseIdPipe) id: string,
  ): Promise<User> {
    return this.accounts.deactivate(actor, id);
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => User, { description: 'Reactivate a deactivated user of your hub.' })
  reactivateUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'User id.' }, ParseIdPipe) id: string,
  ): Promise<User> {
    return this.accounts.reactivate(actor, id);
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => User, {
    description: "Change the role of a user of your hub (audited as 'role_changed').",
  })
  changeUserRole(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'User id.' }, ParseIdPipe) id: string,
    @Args('role', { type: () => Role, description: 'The new role.' }) role: Role,
  ): Promise<User> {
    return this.accounts.changeRole(actor, id, role);
  }

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

  @ResolveField(() => Boolean, {
    description:
      'Whether the user has chosen a password (false while an invitation is unanswered).',
  })
  hasPassword(@Parent() user: User): boolean {
    return Boolean(user.passwordHash);
  }

  @ResolveField(() => Hub, { nullable: true, description: 'Hub the user belongs to.' })
  hub(@Parent() user: User, @Loaders() loaders: LoaderRegistry) {
    if (!user.hubId) return null;
    return this.hubService.loader(loaders).load(user.hubId);
  }
}
