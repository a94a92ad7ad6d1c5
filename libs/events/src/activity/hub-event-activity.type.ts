import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { HubEventKind } from '../domain/hub-event.enums';

@ObjectType({ description: 'How many events of one kind were held.' })
export class HubEventsHeldByKind {
  @Field(() => HubEventKind, { description: 'The kind.' })
  kind: HubEventKind;

  @Field(() => Int, { description: 'Events of this kind held (published, ended, not cancelled).' })
  held: number;
}

@ObjectType({
  description:
    'The hub’s events in an academic year: events held (published, not cancelled, ended, starting in the year), their registrations and attendance.',
})
export class HubEventActivity {
  @Field({ description: 'The academic year, like 2025/26.' })
  academicYear: string;

  @Field(() => Int, { description: 'Events held.' })
  eventsHeld: number;

  @Field(() => [HubEventsHeldByKind], {
    description: 'Events held by kind (kinds with none left out).',
  })
  byKind: HubEventsHeldByKind[];

  @Field(() => Int, { description: 'Confirmed registrations for the events held.' })
  registrations: number;

  @Field(() => Int, {
    description: 'People those registrations are for (a group counts its pupils).',
  })
  peopleRegistered: number;

  @Field(() => Int, { description: 'People who came, where attendance was recorded.' })
  attended: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Attended ÷ people registered, over registrations with attendance recorded (0 to 1).',
  })
  attendanceRate: number | null;

  @Field(() => Int, { description: 'People registered who did not come (attendance recorded).' })
  noShows: number;

  @Field(() => Int, {
    description: 'Parents, carers and the public who came (public registrations).',
  })
  parentsAndCarersReached: number;

  @Field(() => Int, { description: 'Current (ACTIVE) advisers who came to at least one event.' })
  advisersAttending: number;

  @Field(() => Int, { description: 'Current (ACTIVE) advisers of the hub.' })
  currentAdvisers: number;
}
