import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  Actor,
  Clock,
  ConnectionArgs,
  CurrentActor,
  HUB_TEAM,
  HubYearArgs,
  IsNotBlank,
  ParseIdPipe,
  Public,
  Role,
  Roles,
} from '@chn/core';
import { HubEventActivityService } from '../activity/hub-event-activity.service';
import { HubEventActivity } from '../activity/hub-event-activity.type';
import { HubEventRegistrationStatus, HubEventStatus } from '../domain/hub-event.enums';
import { HubEventsService } from '../hub-events.service';
import { HubEventRegistrationsService } from '../registrations/hub-event-registrations.service';
import { registrationOpen } from '../domain/hub-event-rules';
import {
  CreateHubEventInput,
  HubEventsArgs,
  RecordHubEventAttendanceInput,
  RegisterForHubEventInput,
  RegisterForPublicHubEventInput,
  UpdateHubEventInput,
} from './hub-event.inputs';
import {
  HubEvent,
  HubEventConnection,
  HubEventRegistration,
  HubEventRegistrationConnection,
  PublicHubEvent,
} from './hub-event.type';

const eventIdArg = { type: () => ID, description: 'Hub event id.' };
const REGISTRANTS = [Role.ADVISER, Role.EMPLOYER, Role.CAREERS_LEADER] as const;

@ArgsType()
class CancelHubEventArgs {
  @Field(() => ID, { description: 'Hub event id.' })
  @IsString()
  id: string;

  @Field({ description: 'Why, told to everyone registered.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason: string;
}

@Resolver(() => HubEvent)
export class HubEventsResolver {
  constructor(
    private readonly events: HubEventsService,
    private readonly registrations: HubEventRegistrationsService,
    private readonly activityService: HubEventActivityService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(...HUB_TEAM, ...REGISTRANTS)
  @Query(() => HubEventConnection, {
    description:
      'Hub events by start: hub staff see all their hub’s; advisers, employer contacts and careers leaders the published ones meant for them.',
  })
  hubEvents(@CurrentActor() actor: Actor, @Args() args: HubEventsArgs) {
    return this.events.list(actor, args);
  }

  @Roles(...HUB_TEAM, ...REGISTRANTS)
  @Query(() => HubEvent, { description: 'One hub event by id.' })
  hubEvent(@CurrentActor() actor: Actor, @Args('id', eventIdArg, ParseIdPipe) id: string) {
    return this.events.get(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => HubEvent, { description: 'Plan a hub event (a DRAFT until published).' })
  createHubEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event.' }) input: CreateHubEventInput,
  ) {
    return this.events.create(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => HubEvent, {
    description: 'Change a hub event; more capacity offers places to the waiting list.',
  })
  updateHubEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The changes.' }) input: UpdateHubEventInput,
  ) {
    return this.events.update(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => HubEvent, {
    description:
      'Publish a DRAFT event: its audience (by role, sector group and local authority) is invited.',
  })
  publishHubEvent(@CurrentActor() actor: Actor, @Args('id', eventIdArg, ParseIdPipe) id: string) {
    return this.events.publish(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => HubEvent, {
    description: 'Cancel a hub event, once: everyone registered or waiting is told, once.',
  })
  cancelHubEvent(@CurrentActor() actor: Actor, @Args() args: CancelHubEventArgs) {
    return this.events.cancel(actor, args.id, args.reason);
  }

  @Roles(...REGISTRANTS)
  @Mutation(() => HubEventRegistration, {
    description:
      'Register for a hub event meant for you: advisers and employer contacts themselves; careers leaders a number of pupils of one year group of their institution (never names). Beyond the places left it joins the waiting list.',
  })
  registerForHubEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The registration.' }) input: RegisterForHubEventInput,
  ) {
    return this.registrations.register(actor, input);
  }

  @Roles(...HUB_TEAM, ...REGISTRANTS)
  @Mutation(() => HubEventRegistration, {
    description:
      'Cancel a registration (your own, or any of the hub’s for hub staff); freed places go to the waiting list.',
  })
  cancelHubEventRegistration(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Registration id.' }, ParseIdPipe) id: string,
  ) {
    return this.registrations.cancel(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Query(() => HubEventRegistrationConnection, {
    description: 'Every registration of an event, oldest first (hub staff).',
  })
  hubEventRegistrations(
    @CurrentActor() actor: Actor,
    @Args('eventId', eventIdArg, ParseIdPipe) eventId: string,
    @Args() args: ConnectionArgs,
  ) {
    return this.registrations.list(actor, eventId, args);
  }

  @Roles(...REGISTRANTS)
  @Query(() => [HubEventRegistration], {
    description: 'Your registrations (a careers leader’s: the groups registered), newest first.',
  })
  myHubEventRegistrations(@CurrentActor() actor: Actor) {
    return this.registrations.mine(actor);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => HubEventRegistration, {
    description:
      'Record how many came for one registration, once the event has ended (0: a no-show).',
  })
  recordHubEventAttendance(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The attendance.' }) input: RecordHubEventAttendanceInput,
  ) {
    return this.registrations.recordAttendance(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Int, {
    description:
      'Send the follow-up resources to every attendee who agreed to be contacted, once, after the event; answers how many registrations were sent them.',
  })
  sendHubEventFollowUp(
    @CurrentActor() actor: Actor,
    @Args('eventId', eventIdArg, ParseIdPipe) eventId: string,
  ) {
    return this.registrations.sendFollowUp(actor, eventId);
  }

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => HubEventActivity, {
    description: 'The hub’s events in an academic year: held by kind, registrations, attendance.',
  })
  hubEventActivity(@CurrentActor() actor: Actor, @Args() args: HubYearArgs) {
    return this.activityService.activity(actor, args.hubId, args.academicYear);
  }

  @Roles(...HUB_TEAM)
  @Query(() => String, {
    description: 'One event’s registrations and attendance as CSV text.',
  })
  exportHubEventAttendance(
    @CurrentActor() actor: Actor,
    @Args('eventId', eventIdArg, ParseIdPipe) eventId: string,
  ) {
    return this.activityService.exportAttendance(actor, eventId);
  }

  @Public()
  @Query(() => PublicHubEvent, {
    description:
      'An event’s public page (no sign-in), from its shareable token: nothing about who registered.',
  })
  async publicHubEvent(
    @Args('token', { description: 'The token of the shareable link.' }) token: string,
  ): Promise<PublicHubEvent> {
    const event = await this.registrations.publicEvent(token);
    const [row] = (await this.db.query(
      `SELECT h.name, COALESCE((SELECT SUM(places) FROM hub_event_registrations
         WHERE event_id = $1 AND status = 'CONFIRMED'), 0)::int AS taken
       FROM hubs h WHERE h.id = $2`,
      [event.id, event.hubId],
    )) as { name: string; taken: number }[];
    return {
      title: event.title,
      description: event.description,
      kind: event.kind,
      hubName: row.name,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: event.venue,
      address: event.address,
      online: event.joiningUrl !== null,
      registrationOpen:
        event.status === HubEventStatus.PUBLISHED && registrationOpen(event, this.clock.now()),
      full: row.taken >= event.capacity,
      cancelled: event.status === HubEventStatus.CANCELLED,
    };
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Register from an event’s public page (no sign-in): an email asks to confirm the address before the place counts. The answer is always true, whoever registered before; registrations are limited per address and per event, and the same email is taken once per event.',
  })
  async registerForPublicHubEvent(
    @Args('input', { description: 'The registration.' }) input: RegisterForPublicHubEventInput,
    @Context('req') req: { ip?: string },
  ) {
    await this.registrations.registerPublic(input, req.ip);
    return true;
  }

  @Public()
  @Mutation(() => HubEventRegistrationStatus, {
    description:
      'Confirm a public registration’s address with the emailed token: CONFIRMED (the place counts) or WAITLISTED.',
  })
  async confirmHubEventRegistration(
    @Args('token', { description: 'The token from the email.' }) token: string,
  ) {
    return (await this.registrations.confirmPublic(token)).status;
  }

  @Public()
  @Mutation(() => HubEventRegistrationStatus, {
    description:
      'Cancel a public registration with the token of its emailed link (no sign-in): CANCELLED, also when cancelled before; the places go to the waiting list.',
  })
  async cancelPublicHubEventRegistration(
    @Args('token', { description: 'The token from the email.' }) token: string,
  ) {
    return (await this.registrations.cancelPublic(token)).status;
  }
}
