import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@chn/core';
import {
  HubEventAudience,
  HubEventKind,
  HubEventRegistrationKind,
  HubEventRegistrationStatus,
  HubEventStatus,
} from '../domain/hub-event.enums';

@ObjectType({ description: 'A link sent after the event.' })
export class FollowUpLink {
  @Field({ description: 'What the link is.' })
  label: string;

  @Field({ description: 'The address.' })
  url: string;
}

@ObjectType({ description: 'A hub event: planned, filled, attended and followed up.' })
export class HubEvent {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The organising hub.' })
  hubId: string;

  @Field(() => HubEventKind, { description: 'What the event is.' })
  kind: HubEventKind;

  @Field(() => HubEventStatus, { description: 'Where it stands.' })
  status: HubEventStatus;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What happens.' })
  description: string;

  @Field(() => ID, { nullable: true, description: 'The sector group running it.' })
  sectorGroupId: string | null;

  @Field(() => [ID], { description: 'Host employers.' })
  hostEmployerIds: string[];

  @Field(() => String, { nullable: true, description: 'In person: the venue.' })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'In person: the address.' })
  address: string | null;

  @Field({ description: 'Whether it can be joined online.' })
  online: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The joining link: only for people registered (with a place) and hub staff.',
  })
  joiningUrl: string | null;

  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt: Date;

  @Field(() => Int, { description: 'How many people it takes.' })
  capacity: number;

  @Field(() => Int, { description: 'Places held by confirmed registrations.' })
  placesTaken: number;

  @Field(() => Int, { description: 'Places still free.' })
  placesLeft: number;

  @Field(() => Int, { description: 'Registrations on the waiting list.' })
  waitingCount: number;

  @Field(() => [HubEventAudience], { description: 'Who it is for.' })
  audiences: HubEventAudience[];

  @Field(() => [String], { description: 'Invited local authorities (all when empty).' })
  localAuthorityCodes: string[];

  @Field(() => Date, { nullable: true, description: 'When registration opens.' })
  registrationOpensAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When registration closes (else the start).' })
  registrationClosesAt: Date | null;

  @Field({ description: 'Whether registration is open now.' })
  registrationOpen: boolean;

  @Field(() => [FollowUpLink], { description: 'Resources sent afterwards.' })
  followUpLinks: FollowUpLink[];

  @Field(() => String, {
    nullable: true,
    description: 'Hub staff: the shareable public page’s path (events for parents or the public).',
  })
  publicPath: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the follow-up was sent.' })
  followUpSentAt: Date | null;
}

@ObjectType({ description: 'A registration for a hub event.' })
export class HubEventRegistration {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => HubEventRegistrationKind, { description: 'Who it is for.' })
  kind: HubEventRegistrationKind;

  @Field(() => HubEventRegistrationStatus, { description: 'Where it stands.' })
  status: HubEventRegistrationStatus;

  @Field(() => ID, { nullable: true, description: 'The person, or the careers leader of a group.' })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'Who: the person’s name, or the adult’s.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Public registrations: the adult’s email.' })
  email: string | null;

  @Field(() => ID, { nullable: true, description: 'Groups: the institution.' })
  institutionId: string | null;

  @Field(() => Int, { nullable: true, description: 'Groups: the year group.' })
  yearGroup: number | null;

  @Field(() => Int, { description: 'How many people.' })
  places: number;

  @Field({ description: 'Whether they agreed to receive the follow-up.' })
  consentToContact: boolean;

  @Field(() => Int, { nullable: true, description: 'Waiting list only: place in it (1 = next).' })
  waitingPosition: number | null;

  @Field(() => Int, { nullable: true, description: 'How many came, once recorded.' })
  attended: number | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt: Date;
}

export const HubEventConnection = Connection(HubEvent, 'HubEvent');
export const HubEventRegistrationConnection = Connection(
  HubEventRegistration,
  'HubEventRegistration',
);

@ObjectType({
  description: 'What the public page shows of an event: nothing about who registered.',
})
export class PublicHubEvent {
  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What happens.' })
  description: string;

  @Field(() => HubEventKind, { description: 'What the event is.' })
  kind: HubEventKind;

  @Field({ description: 'The organising hub.' })
  hubName: string;

  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'In person: the venue.' })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'In person: the address.' })
  address: string | null;

  @Field({ description: 'Whether it can be joined online (the link comes once registered).' })
  online: boolean;

  @Field({ description: 'Whether registration is open now.' })
  registrationOpen: boolean;

  @Field({ description: 'Whether every place is taken (a registration joins the waiting list).' })
  full: boolean;

  @Field({ description: 'Whether the event was cancelled.' })
  cancelled: boolean;
}

@ObjectType({ description: 'A private calendar feed: its secret address, shown once.' })
export class CalendarFeed {
  @Field({ description: 'The iCalendar address to subscribe to; keep it private.' })
  url: string;
}
