import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Actor,
  Connection,
  CurrentActor,
  HUB_TEAM,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
  Public,
} from '@chn/core';
import { Employer, EmployersService } from '@chn/employers';
import { UsersService } from '@chn/identity';
import { AdvisersService } from '../advisers.service';
import { AdviserEntity } from '../entities/adviser.entity';
import {
  AdvisersArgs,
  DeclineAdviserArgs,
  ExpressInterestAsAdviserInput,
  RegisterAdviserInput,
  UpdateAdviserInput,
} from './adviser.inputs';
import { Adviser } from './adviser.type';

const AdviserConnection = Connection(Adviser, 'Adviser');
const idArg = { type: () => ID, description: 'Adviser id.' };

/** Who may read advisers at all; each sees only the rows the access rule allows. */
const ADVISER_READERS = [...HUB_TEAM, Role.EMPLOYER, Role.ADVISER];

@Resolver(() => Adviser)
export class AdvisersResolver {
  constructor(
    private readonly adviserService: AdvisersService,
    private readonly employerService: EmployersService,
    private readonly userService: UsersService,
  ) {}

  @Roles(...ADVISER_READERS)
  @Query(() => AdviserConnection, {
    description:
      'Enterprise Advisers by name: the hub team sees the hub’s, an employer its own people, an adviser their own record.',
  })
  advisers(@CurrentActor() actor: Actor, @Args() args: AdvisersArgs) {
    return this.adviserService.list(actor, args);
  }

  @Roles(...ADVISER_READERS)
  @Query(() => Adviser, { description: 'One adviser by id.' })
  adviser(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.adviserService.get(actor, id);
  }

  @Roles(...HUB_TEAM, Role.ADVISER)
  @Mutation(() => Adviser, {
    description:
      'Register an adviser. Hub staff register anyone; a signed-in ADVISER user with no record registers themself and waits as PENDING for approval.',
  })
  registerAdviser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new adviser.' }) input: RegisterAdviserInput,
  ) {
    return this.adviserService.register(actor, input);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Volunteer as an Enterprise Adviser (no sign-in): creates a PENDING adviser for hub staff to approve (approveAdviser), which invites them. The answer is always true, whether or not the email is known; submissions are limited per address.',
  })
  async expressInterestAsAdviser(
    @Args('input', { description: 'The expression of interest.' })
    input: ExpressInterestAsAdviserInput,
    @Context('req') req: { ip?: string },
  ): Promise<boolean> {
    await this.adviserService.expressInterest(input, req.ip);
    return true;
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Adviser, { description: 'Approve a PENDING adviser, making them ACTIVE.' })
  approveAdviser(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.adviserService.approve(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Adviser, {
    description:
      'Decline a PENDING adviser (a volunteer) with a reason, kept with an optional note: they become LEFT and are not invited.',
  })
  declineAdviser(@CurrentActor() actor: Actor, @Args() args: DeclineAdviserArgs) {
    return this.adviserService.decline(actor, args);
  }

  @Roles(...HUB_TEAM, Role.ADVISER)
  @Mutation(() => Adviser, {
    description:
      'Change an adviser’s details. An adviser may change only their own contact details, availability, sectors, skills and local authorities.',
  })
  updateAdviser(
    @CurrentActor() actor: Actor,
    @Args('id', idArg, ParseIdPipe) id: string,
    @Args('input', { description: 'The fields to change; omitted fields stay as they are.' })
    input: UpdateAdviserInput,
  ) {
    return this.adviserService.update(actor, id, input);
  }

  @ResolveField(() => Employer, {
    nullable: true,
    description: 'Employer the adviser comes from, if any.',
  })
  employer(@Parent() adviser: AdviserEntity, @Loaders() loaders: LoaderRegistry) {
    if (!adviser.employerId) return null;
    return this.employerService.loader(loaders).load(adviser.employerId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the adviser has their own sign-in.' })
  hasAccount(@Parent() adviser: AdviserEntity): boolean {
    return adviser.userId !== null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the adviser last signed in; null if never or if they have no sign-in.',
  })
  async lastLoginAt(@Parent() adviser: AdviserEntity, @Loaders() loaders: LoaderRegistry) {
    if (!adviser.userId) return null;
    const user = await this.userService.loader(loaders).load(adviser.userId);
    return user?.lastLoginAt ?? null;
  }
}
