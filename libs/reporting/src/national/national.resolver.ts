import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Actor,
  CurrentActor,
  DomainError,
  HUB_TEAM,
  isNationalAdmin,
  Role,
  Roles,
  Clock,
} from '@chn/core';
import { HubTargetsService } from './hub-targets.service';
import { NationalReferenceService } from './national-reference.service';
import {
  HubTargets,
  NationalReference,
  NationalReferenceArgs,
  SetHubTargetsInput,
  SetNationalReferenceInput,
} from './national.types';

@Resolver()
export class NationalResolver {
  constructor(
    private readonly references: NationalReferenceService,
    private readonly targets: HubTargetsService,
    private readonly clock: Clock,
  ) {}

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => NationalReference, {
    nullable: true,
    description:
      'The national reference figures that apply to a year: its own, else the latest earlier year’s.',
  })
  nationalReference(@Args() args: NationalReferenceArgs) {
    return this.references.forYear(this.clock.academicYear(args.academicYear).label);
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => NationalReference, {
    description: 'Set a year’s national reference figures (national administrators only).',
  })
  setNationalReference(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The year’s national figures.' })
    input: SetNationalReferenceInput,
  ) {
    if (!isNationalAdmin(actor)) {
      throw DomainError.forbidden(
        'Only a national administrator sets national figures',
        'NATIONAL_ADMIN_ONLY',
      );
    }
    return this.references.set(input);
  }

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => HubTargets, { description: 'The hub’s reporting targets.' })
  hubTargets(
    @CurrentActor() actor: Actor,
    @Args('hubId', {
      type: () => ID,
      nullable: true,
      description: 'National administrators only: the hub.',
    })
    hubId?: string,
  ) {
    return this.targets.read(actor, hubId);
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => HubTargets, { description: 'Set the hub’s reporting targets.' })
  setHubTargets(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The targets.' }) input: SetHubTargetsInput,
  ) {
    return this.targets.set(actor, input);
  }
}
