import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ANY_ROLE, CurrentActor, Public, Roles } from '@chn/core';
import { AuthService } from '../auth/auth.service';
import { OidcClients } from '../oidc/oidc-clients.service';
import { UsersService } from '../users/users.service';
import { ExchangeSignInCodeArgs, SignInProvider } from './sign-in-provider.type';
import { AuthPayload, LoginArgs, User } from './user.type';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly oidc: OidcClients,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sign in with email and password. Repeated failures slow the answers down, then lock the account briefly; failures from one address slow down its attempts.',
  })
  login(@Args() args: LoginArgs, @Context('req') req: { ip?: string }): Promise<AuthPayload> {
    return this.auth.login(args.email, args.password, req.ip);
  }

  @Public()
  @Query(() => [SignInProvider], {
    description: 'The providers (Google, Microsoft) users of this deployment may sign in with.',
  })
  signInProviders(): SignInProvider[] {
    return this.oidc.providers.map(({ id, name }) => ({
      id,
      name,
      startPath: `/auth/oidc/${id}/start`,
    }));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Finishes a sign-in with a provider: exchanges the one-time code it handed the console for a token. A code works once, within a minute.',
  })
  exchangeSignInCode(@Args() args: ExchangeSignInCodeArgs): Promise<AuthPayload> {
    return this.auth.exchangeSignInCode(args.code);
  }

  @Roles(...ANY_ROLE)
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.users.get(actor, actor.userId);
  }
}
