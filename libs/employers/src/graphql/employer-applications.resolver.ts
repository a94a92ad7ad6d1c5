import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKey, LoaderRegistry, Loaders, Public } from '@chn/core';
import { EmployerApplicationsService } from '../applications/employer-applications.service';
import { EmployerApplicationEntity } from '../entities/employer-application.entity';
import {
  ApplyToJoinNetworkInput,
  EmployerApplication,
  PublicSectorGroup,
} from './employer-application.graphql';
import { Membership } from './employer.type';

@Resolver(() => Membership)
export class EmployerApplicationsResolver {
  constructor(private readonly applications: EmployerApplicationsService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Apply to join a hub’s employer network (no sign-in). Hub staff approve or decline it (approveMembership / withdrawMembership); approval invites the contact. The answer is always true, whether or not the email is known; submissions are limited per address.',
  })
  async applyToJoinNetwork(
    @Args('input', { description: 'The application.' }) input: ApplyToJoinNetworkInput,
    @Context('req') req: { ip?: string },
  ): Promise<boolean> {
    await this.applications.apply(input, req.ip);
    return true;
  }

  @Public()
  @Query(() => [PublicSectorGroup], {
    description:
      'A hub’s sector groups by name, for the public application form (no sign-in): names only.',
  })
  publicSectorGroups(
    @Args('hubCode', { description: 'Code of the hub (see publicHubs).' }) hubCode: string,
  ): Promise<PublicSectorGroup[]> {
    return this.applications.sectorGroupsOf(hubCode);
  }

  @ResolveField(() => EmployerApplication, {
    nullable: true,
    description: 'What the organisation said in its public application, if it applied that way.',
  })
  application(@Parent() membership: Membership, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get<string, EmployerApplicationEntity | null>(
        'employerApplications.byMembership',
        async (ids) =>
          byKey(ids, await this.applications.findByMembershipIds(ids), (a) => a.membershipId),
      )
      .load(membership.id);
  }
}
