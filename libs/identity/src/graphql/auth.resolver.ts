import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ANY_ROLE, CurrentActor, Public, Roles } from '@chn/core';
import { AuthService } from '../auth/auth.service';
import { UsersService } from '../users/users.service';
import { AuthPayload, LoginArgs, User } from './user.type';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sign in with email and password. Repeated failures slow the answers down, then lock the account briefly; failures from one address slow down its attempts.',
  })
  login(@Args() args: LoginArgs, @Context('req') req: { ip?: string }): Promise<AuthPayload> {
    return this.auth.login(args.email, args.password, req.ip);
  }

  @Roles(...ANY_ROLE)
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.users.get(actor, actor.userId);
  }
}
