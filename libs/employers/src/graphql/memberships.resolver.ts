import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
} from '@chn/core';
import { EmployersService } from '../employers.service';
import { MembershipsService } from '../memberships/memberships.service';
import {
  ApplyForMembershipInput,
  ApproveMembershipArgs,
  DeclineMembershipArgs,
  MembershipsArgs,
  RenewMembershipArgs,
  WithdrawMembershipArgs,
} from './employer.inputs';
import { Employer, Membership } from './employer.type';

const MembershipConnection = Connection(Membership, 'Membership');
const idArg = { type: () => ID, description: 'Membership id.' };

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(
    private readonly membershipService: MembershipsService,
    private readonly employerService: EmployersService,
  ) {}

  @Roles(...HUB_TEAM)
  @Query(() => MembershipConnection, {
    description: 'Network memberships of your hub, oldest application first.',
  })
  memberships(@CurrentActor() actor: Actor, @Args() args: MembershipsArgs) {
    return this.membershipService.list(actor, args);
  }

  @Roles(...HUB_TEAM, Role.EMPLOYER)
  @Mutation(() => Membership, {
    description: 'Apply to join the Employer Network (the employer, or hub staff for it).',
  })
  applyForMembership(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The application.' }) input: ApplyForMembershipInput,
  ) {
    return this.membershipService.apply(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Membership, { description: 'Approve a pending membership: PENDING → ACTIVE.' })
  approveMembership(@CurrentActor() actor: Actor, @Args() args: ApproveMembershipArgs) {
    return this.membershipService.approve(actor, args);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Membership, {
    description:
      'Renew an active or lapsed membership (→ ACTIVE): to renewalOn, or by a year from its renewal date (from today if that has passed).',
  })
  renewMembership(@CurrentActor() actor: Actor, @Args() args: RenewMembershipArgs) {
    return this.membershipService.renew(actor, args);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Membership, {
    description: 'Decline a pending application with a reason: PENDING → WITHDRAWN.',
  })
  declineMembership(@CurrentActor() actor: Actor, @Args() args: DeclineMembershipArgs) {
    return this.membershipService.decline(actor, args);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Membership, {
    description: 'Mark an active membership as lapsed: ACTIVE → LAPSED.',
  })
  lapseMembership(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.membershipService.lapse(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Membership, {
    description: 'Withdraw a pending or active membership: → WITHDRAWN.',
  })
  withdrawMembership(@CurrentActor() actor: Actor, @Args() args: WithdrawMembershipArgs) {
    return this.membershipService.withdraw(actor, args.id, args.reason);
  }

  @ResolveField(() => Employer, { description: 'The member employer.' })
  employer(@Parent() membership: Membership, @Loaders() loaders: LoaderRegistry) {
    return this.employerService.loader(loaders).load(membership.employerId);
  }
}
