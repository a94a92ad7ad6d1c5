import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  ANY_ROLE,
  Connection,
  CurrentActor,
  HUB_TEAM,
  listsLoader,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { User } from '@chn/identity';
import { canActForEmployer } from '../employer-access';
import { EmployersService } from '../employers.service';
import { MembershipsService } from '../memberships/memberships.service';
import { SectorGroupsService } from '../sector-groups/sector-groups.service';
import {
  CreateEmployerInput,
  EmployerContactArgs,
  EmployersArgs,
  UpdateEmployerInput,
} from './employer.inputs';
import { Employer, Membership, SectorGroup } from './employer.type';

const EmployerConnection = Connection(Employer, 'Employer');
const idArg = { type: () => ID, description: 'Employer id.' };

@Resolver(() => Employer)
export class EmployersResolver {
  constructor(
    private readonly employerService: EmployersService,
    private readonly membershipService: MembershipsService,
    private readonly sectorGroupService: SectorGroupsService,
  ) {}

  @Roles(...ANY_ROLE)
  @Query(() => EmployerConnection, { description: 'Employers of your hub’s network, by name.' })
  employers(@CurrentActor() actor: Actor, @Args() args: EmployersArgs) {
    return this.employerService.list(actor, args);
  }

  @Roles(...ANY_ROLE)
  @Query(() => Employer, { description: 'One employer by id.' })
  employer(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.employerService.get(actor, id);
  }

  @Roles(Role.EMPLOYER)
  @Query(() => Employer, {
    nullable: true,
    description:
      'The employer you act for (employer contacts); null if you are no employer’s contact.',
  })
  myEmployer(@CurrentActor() actor: Actor) {
    return actor.employerId ? this.employerService.get(actor, actor.employerId) : null;
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Employer, { description: 'Add an employer to the hub’s records.' })
  createEmployer(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new employer.' }) input: CreateEmployerInput,
  ) {
    return this.employerService.create(actor, input);
  }

  @Roles(...HUB_TEAM, Role.EMPLOYER)
  @Mutation(() => Employer, {
    description: 'Change an employer’s details (hub staff, or the employer’s own contacts).',
  })
  updateEmployer(
    @CurrentActor() actor: Actor,
    @Args('id', idArg, ParseIdPipe) id: string,
    @Args('input', { description: 'The fields to change; omitted fields stay as they are.' })
    input: UpdateEmployerInput,
  ) {
    return this.employerService.update(actor, id, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Employer, {
    description: 'Make an EMPLOYER user a contact who acts for this employer.',
  })
  addEmployerContact(@CurrentActor() actor: Actor, @Args() args: EmployerContactArgs) {
    return this.employerService.addContact(actor, args);
  }

  @ResolveField(() => Membership, {
    nullable: true,
    description: 'Current membership: the open one, else the most recent.',
  })
  membership(@Parent() employer: Employer, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get<string, Membership | null>('employers.membershipByEmployer', async (ids) => {
        const current = await this.membershipService.currentByEmployerIds(ids);
        return ids.map((id) => current.get(id) ?? null);
      })
      .load(employer.id);
  }

  @ResolveField(() => [SectorGroup], { description: 'Sector groups the employer belongs to.' })
  sectorGroups(@Parent() employer: Employer, @Loaders() loaders: LoaderRegistry) {
    return listsLoader<SectorGroup>(loaders, 'employers.sectorGroupsByEmployer', (ids) =>
      this.sectorGroupService.groupsByEmployerIds(ids),
    ).load(employer.id);
  }

  @ResolveField(() => [User], {
    description:
      'People who act for the employer. Visible to the hub team and the employer’s own contacts.',
  })
  async contacts(
    @Parent() employer: Employer,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    if (!canActForEmployer(actor, employer)) return [];
    return listsLoader<User>(loaders, 'employers.contactsByEmployer', (ids) =>
      this.employerService.contactsByEmployerIds(ids),
    ).load(employer.id);
  }
}
