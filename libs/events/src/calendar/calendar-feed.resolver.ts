import { Mutation, Resolver } from '@nestjs/graphql';
import { Actor, ANY_ROLE, CurrentActor, Roles } from '@chn/core';
import { CalendarFeed } from '../graphql/hub-event.type';
import { CalendarFeedsService } from './calendar-feeds.service';

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Roles(...ANY_ROLE)
  @Mutation(() => CalendarFeed, {
    description:
      'A new private calendar feed address (iCalendar) of the events you registered for and, for advisers, your matches’ starts; the previous address stops working. Shown once: keep it private.',
  })
  rotateCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.rotate(actor);
  }

  @Roles(...ANY_ROLE)
  @Mutation(() => Boolean, { description: 'Stop your private calendar feed address working.' })
  revokeCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.revoke(actor);
  }
}
