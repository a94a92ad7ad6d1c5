import { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
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
  selectsField,
} from '@chn/core';
import { Employer, EmployersService, canActForEmployer } from '@chn/employers';
import { BookingsService } from '../bookings.service';
import { KeyStage, keyStagesOf } from '../domain/key-stage';
import { OpportunitiesService } from '../opportunities.service';
import { Booking } from './booking.type';
import {
  CreateOpportunityInput,
  OpportunitiesArgs,
  UpdateOpportunityInput,
} from './opportunity.inputs';
import { Opportunity } from './opportunity.type';

const OpportunityConnection = Connection(Opportunity, 'Opportunity');
const idArg = { type: () => ID, description: 'Opportunity id.' };
const MANAGERS = [...HUB_TEAM, Role.EMPLOYER];

@Resolver(() => Opportunity)
export class OpportunitiesResolver {
  constructor(
    private readonly opportunityService: OpportunitiesService,
    private readonly bookingService: BookingsService,
    private readonly employerService: EmployersService,
  ) {}

  @Roles(...ANY_ROLE)
  @Query(() => OpportunityConnection, {
    description:
      'Opportunities you may see, by start date: the hub team and viewers see all; employers their own and others’ published ones; careers leaders and advisers published and closed ones.',
  })
  opportunities(
    @CurrentActor() actor: Actor,
    @Args() args: OpportunitiesArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.opportunityService.list(actor, args, {
      withTotal: selectsField(info, 'totalCount'),
    });
  }

  @Roles(...ANY_ROLE)
  @Query(() => Opportunity, { description: 'One opportunity by id.' })
  opportunity(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.opportunityService.get(actor, id);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opportunity, {
    description:
      'Create a DRAFT opportunity: employers for their own organisation, hub staff for any employer of the hub.',
  })
  createOpportunity(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new opportunity.' }) input: CreateOpportunityInput,
  ) {
    return this.opportunityService.create(actor, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opportunity, {
    description:
      'Change a DRAFT or PUBLISHED opportunity. Total places cannot go below the places held; raising them offers places to the waiting list.',
  })
  updateOpportunity(
    @CurrentActor() actor: Actor,
    @Args('id', idArg, ParseIdPipe) id: string,
    @Args('input', { description: 'The fields to change; omitted fields stay as they are.' })
    input: UpdateOpportunityInput,
  ) {
    return this.opportunityService.update(actor, id, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opportunity, {
    description: 'Publish a DRAFT opportunity: it opens for requests.',
  })
  publishOpportunity(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.opportunityService.publish(actor, id);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opportunity, {
    description: 'Close a PUBLISHED opportunity to new requests; its bookings stand.',
  })
  closeOpportunity(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.opportunityService.close(actor, id);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opportunity, {
    description:
      'Cancel an opportunity that has not been delivered; its open bookings are cancelled.',
  })
  cancelOpportunity(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.opportunityService.cancel(actor, id);
  }

  @ResolveField(() => [KeyStage], { description: 'Key stages its year groups fall in.' })
  keyStages(@Parent() opportunity: Opportunity): KeyStage[] {
    return keyStagesOf(opportunity.yearGroups);
  }

  @ResolveField(() => Int, {
    description: 'How many of the seven meaningful-experience criteria it meets ("meets 6 of 7").',
  })
  meaningfulCriteriaMet(@Parent() opportunity: Opportunity): number {
    return opportunity.meaningfulCriteria.length;
  }

  @ResolveField(() => Int, { description: 'Places held by REQUESTED and CONFIRMED bookings.' })
  placesHeld(@Parent() opportunity: Opportunity, @Loaders() loaders: LoaderRegistry) {
    return this.heldLoader(loaders).load(opportunity.id);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether places can be requested now: it is PUBLISHED and has not started (requests close when its first day begins).',
  })
  openForRequests(@Parent() opportunity: Opportunity): boolean {
    return this.bookingService.openForRequests(opportunity);
  }

  @ResolveField(() => Int, {
    description:
      'Places not held by a booking (see openForRequests for whether they can be requested).',
  })
  async placesLeft(@Parent() opportunity: Opportunity, @Loaders() loaders: LoaderRegistry) {
    const held = await this.heldLoader(loaders).load(opportunity.id);
    return Math.max(0, opportunity.totalPlaces - held);
  }

  @ResolveField(() => Employer, { description: 'The employer offering it.' })
  employer(@Parent() opportunity: Opportunity, @Loaders() loaders: LoaderRegistry) {
    return this.employerService.loader(loaders).load(opportunity.employerId);
  }

  @ResolveField(() => [Booking], {
    description:
      'Bookings on it: all of them for the hub team and the employer offering it; your own institution’s for a careers leader; none for anyone else.',
  })
  bookings(
    @Parent() opportunity: Opportunity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    if (canActForEmployer(actor, { id: opportunity.employerId, hubId: opportunity.hubId })) {
      return listsLoader<Booking>(loaders, 'opportunities.allBookings', (ids) =>
        this.bookingService.byOpportunity(ids),
      ).load(opportunity.id);
    }
    return listsLoader<Booking>(loaders, 'opportunities.visibleBookings', (ids) =>
      this.bookingService.visibleByOpportunity(actor, ids),
    ).load(opportunity.id);
  }

  private heldLoader(loaders: LoaderRegistry) {
    return loaders.get<string, number>('opportunities.placesHeld', async (ids) => {
      const held = await this.opportunityService.placesHeld(ids);
      return ids.map((id) => held.get(id) ?? 0);
    });
  }
}
