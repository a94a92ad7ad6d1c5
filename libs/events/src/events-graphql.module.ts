import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar/calendar-feed.controller';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver';
import { EventsModule } from './events.module';
import { HubEventsResolver } from './graphql/hub-events.resolver';
import { RegistrationConfirmationController } from './registrations/registration-confirmation.controller';

/** The hub events API, the public confirmation page and the private calendar feeds. */
@Module({
  imports: [EventsModule],
  providers: [HubEventsResolver, CalendarFeedResolver],
  controllers: [CalendarFeedController, RegistrationConfirmationController],
})
export class EventsGraphqlModule {}
