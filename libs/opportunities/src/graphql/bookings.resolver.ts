import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  byKey,
  canReadHub,
  Connection,
  CurrentActor,
  HUB_TEAM,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { Institution, InstitutionsService } from '@chn/institutions';
import { BookingsService } from '../bookings.service';
import { BookingStatus } from '../domain/opportunity.enums';
import { OpportunitiesService } from '../opportunities.service';
import {
  BookingDecisionArgs,
  BookingsArgs,
  RecordAttendanceArgs,
  RequestPlacesInput,
} from './booking.inputs';
import { Booking } from './booking.type';
import { Opportunity } from './opportunity.type';

const BookingConnection = Connection(Booking, 'Booking');
const EMPLOYER_SIDE = [...HUB_TEAM, Role.EMPLOYER];
const INSTITUTION_SIDE = [...HUB_TEAM, Role.CAREERS_LEADER];

@Resolver(() => Booking)
export class BookingsResolver {
  constructor(
    private readonly bookingService: BookingsService,
    private readonly opportunityService: OpportunitiesService,
    private readonly institutionService: InstitutionsService,
  ) {}

  @Roles(...HUB_TEAM, Role.EMPLOYER, Role.CAREERS_LEADER)
  @Query(() => BookingConnection, {
    description:
      'Bookings you may see, oldest first: the hub team all of the hub’s; an employer those on its opportunities; a careers leader their institution’s.',
  })
  bookings(@CurrentActor() actor: Actor, @Args() args: BookingsArgs) {
    return this.bookingService.list(actor, args);
  }

  @Roles(...HUB_TEAM, Role.EMPLOYER, Role.CAREERS_LEADER)
  @Query(() => Booking, { description: 'One booking by id.' })
  booking(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Booking id.' }, ParseIdPipe) id: string,
  ) {
    return this.bookingService.get(actor, id);
  }

  @Roles(...INSTITUTION_SIDE)
  @Mutation(() => Booking, {
    description:
      'Ask for places on a PUBLISHED opportunity for an institution (careers leaders: their own). Fails with NO_PLACES_LEFT when too few are left, unless joinWaitingList is set.',
  })
  requestPlaces(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'What to book.' }) input: RequestPlacesInput,
  ) {
    return this.bookingService.request(actor, input);
  }

  @Roles(...EMPLOYER_SIDE)
  @Mutation(() => Booking, { description: 'Confirm a REQUESTED booking.' })
  confirmBooking(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Booking id.' }, ParseIdPipe) id: string,
  ) {
    return this.bookingService.confirm(actor, id);
  }

  @Roles(...EMPLOYER_SIDE)
  @Mutation(() => Booking, {
    description: 'Decline a REQUESTED or WAITLISTED booking; freed places go to the waiting list.',
  })
  declineBooking(@CurrentActor() actor: Actor, @Args() args: BookingDecisionArgs) {
    return this.bookingService.decline(actor, args);
  }

  @Roles(...INSTITUTION_SIDE)
  @Mutation(() => Booking, {
    description:
      'Cancel an open booking (not once attendance is recorded); freed places go to the waiting list.',
  })
  cancelBooking(@CurrentActor() actor: Actor, @Args() args: BookingDecisionArgs) {
    return this.bookingService.cancel(actor, args);
  }

  @Roles(...EMPLOYER_SIDE)
  @Mutation(() => Booking, {
    description:
      'Record attendance and feedback on a CONFIRMED booking, from the opportunity’s last day on.',
  })
  recordAttendance(@CurrentActor() actor: Actor, @Args() args: RecordAttendanceArgs) {
    return this.bookingService.recordAttendance(actor, args);
  }

  @ResolveField(() => Opportunity, {
    nullable: true,
    description: 'The opportunity booked; null when you may no longer see it (e.g. cancelled).',
  })
  opportunity(
    @Parent() booking: Booking,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return loaders
      .get<string, Opportunity | null>('bookings.opportunityById', async (ids) =>
        byKey(ids, await this.opportunityService.findVisibleByIds(actor, ids), (o) => o.id),
      )
      .load(booking.opportunityId);
  }

  @ResolveField(() => Institution, { nullable: true, description: 'The institution booking.' })
  institution(
    @Parent() booking: Booking,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    return loaders
      .get<string, Institution | null>('bookings.institutionById', async (ids) => {
        const rows = await this.institutionService.findByIds(ids);
        const readable = rows.filter((i) => canReadHub(actor, i.hubId));
        return byKey(ids, readable as Institution[], (i) => i.id);
      })
      .load(booking.institutionId);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Place on the waiting list (1 = next to be offered a freed place), in its priority order; null unless WAITLISTED.',
  })
  async waitingListPosition(
    @Parent() booking: Booking,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<number | null> {
    if (booking.status !== BookingStatus.WAITLISTED) return null;
    const positions = await loaders
      .get<string, Map<string, number>>('bookings.waitingListPositions', (ids) =>
        this.bookingService.waitingListPositions(ids),
      )
      .load(booking.opportunityId);
    return positions.get(booking.id) ?? null;
  }
}
