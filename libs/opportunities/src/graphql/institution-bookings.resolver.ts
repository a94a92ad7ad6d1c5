import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  CurrentActor,
  LoaderRegistry,
  Loaders,
  Role,
  isHubTeamOf,
  listsLoader,
} from '@chn/core';
import { Institution } from '@chn/institutions';
import { BookingsService } from '../bookings.service';
import { Booking } from './booking.type';

@Resolver(() => Institution)
export class InstitutionBookingsResolver {
  constructor(private readonly bookingService: BookingsService) {}

  @ResolveField(() => [Booking], {
    nullable: true,
    description:
      'The institution’s bookings, newest first: for the hub team and its careers leader; null for anyone else.',
  })
  bookings(
    @Parent() institution: Institution,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    const ownLeader =
      actor.role === Role.CAREERS_LEADER && institution.careersLeaderId === actor.userId;
    if (!ownLeader && !isHubTeamOf(actor, institution.hubId)) return null;
    return listsLoader<Booking>(loaders, 'institutions.bookings', (ids) =>
      this.bookingService.byInstitution(ids),
    ).load(institution.id);
  }
}
