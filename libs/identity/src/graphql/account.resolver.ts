import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { Actor, ANY_ROLE, CurrentActor, Public, Roles } from '@chn/core';
import { AccountAdminService } from '../users/account-admin.service';
import { AccountLinksService } from '../users/account-links.service';
import { AuthPayload, ChangePasswordArgs, LinkPasswordArgs } from './user.type';

@ArgsType()
class PasswordResetArgs {
  @Field({ description: 'Email of the account.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
}

/** A person's own account: passwords from emailed links, changing it, signing out everywhere. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly links: AccountLinksService,
    private readonly admin: AccountAdminService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Choose a password from an invitation link (one use, 7 days) and sign in.',
  })
  acceptInvitation(@Args() args: LinkPasswordArgs): Promise<AuthPayload> {
    return this.links.acceptInvitation(args.token, args.password);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Email a password reset link (one use, 1 hour) if an active account has this email. Answers true either way; throttled like sign-in.',
  })
  async requestPasswordReset(
    @Args() args: PasswordResetArgs,
    @Context('req') req: { ip?: string },
  ): Promise<boolean> {
    await this.links.requestPasswordReset(args.email, req.ip);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Choose a new password from a reset link and sign in; every other session is signed out.',
  })
  resetPassword(@Args() args: LinkPasswordArgs): Promise<AuthPayload> {
    return this.links.resetPassword(args.token, args.password);
  }

  @Roles(...ANY_ROLE)
  @Mutation(() => AuthPayload, {
    description:
      'Change your password. Every other session is signed out; use the token answered from now on.',
  })
  changePassword(
    @CurrentActor() actor: Actor,
    @Args() args: ChangePasswordArgs,
  ): Promise<AuthPayload> {
    return this.admin.changePassword(actor, args.currentPassword, args.newPassword);
  }

  @Roles(...ANY_ROLE)
  @Mutation(() => Boolean, {
    description:
      'Sign out of every session, this one included: every token issued so far stops working.',
  })
  signOutEverywhere(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.admin.signOutEverywhere(actor);
  }
}
