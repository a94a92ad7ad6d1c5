import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chn/identity';
import { HubEventActivityService } from './activity/hub-event-activity.service';
import { CalendarFeedsService } from './calendar/calendar-feeds.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { HubEventRegistrationEntity } from './entities/hub-event-registration.entity';
import { HubEventEntity } from './entities/hub-event.entity';
import { HubEventsService } from './hub-events.service';
import { HubEventRegistrationsService } from './registrations/hub-event-registrations.service';

/** Hub events, their registrations and calendar feeds, without transport. */
@Module({
  imports: [
    TypeOrmModule.forFeature([HubEventEntity, HubEventRegistrationEntity, CalendarFeedEntity]),
    IdentityModule,
  ],
  providers: [
    HubEventsService,
    HubEventRegistrationsService,
    HubEventActivityService,
    CalendarFeedsService,
  ],
  exports: [
    HubEventsService,
    HubEventRegistrationsService,
    HubEventActivityService,
    CalendarFeedsService,
  ],
})
export class EventsModule {}
