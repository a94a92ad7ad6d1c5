import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, HUB_TEAM, ParseIdPipe, Role, Roles } from '@chn/core';
import { BookingChecklistService } from '../booking-checklist.service';
import { CompleteChecklistItemInput } from './checklist.inputs';
import { BookingChecklist } from './checklist.types';

@Resolver(() => BookingChecklist)
export class BookingChecklistResolver {
  constructor(private readonly checklists: BookingChecklistService) {}

  @Roles(...HUB_TEAM, Role.EMPLOYER, Role.CAREERS_LEADER)
  @Query(() => BookingChecklist, {
    description:
      'A booking’s checklist: the careers leader of its institution, the employer offering it, and the hub team may read it.',
  })
  bookingChecklist(
    @CurrentActor() actor: Actor,
    @Args('bookingId', { type: () => ID, description: 'Booking id.' }, ParseIdPipe)
    bookingId: string,
  ) {
    return this.checklists.get(actor, bookingId);
  }

  @Roles(Role.EMPLOYER, Role.CAREERS_LEADER)
  @Mutation(() => BookingChecklist, {
    description:
      'Mark a checklist item done: the careers leader does PARENTAL_CONSENT (a count equal to the places), NEEDS_SHARED and TRAVEL_ARRANGED; the employer SUPERVISOR_NAMED and INDUCTION_CONFIRMED. The other side hears when it is their turn.',
  })
  completeChecklistItem(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The item and what it records.' })
    input: CompleteChecklistItemInput,
  ) {
    return this.checklists.complete(actor, input);
  }
}
