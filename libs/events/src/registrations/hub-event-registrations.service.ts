import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  ConnectionArgs,
  ConnectionShape,
  DomainError,
  isHubTeamOf,
  paginate,
  recordAudit,
  recordEvent,
} from '@chn/core';
import { PublicFormThrottleService } from '@chn/identity';
import { admits, registrationOpen } from '../domain/hub-event-rules';
import {
  HubEventRegistrationKind,
  HubEventRegistrationStatus,
  HubEventStatus,
} from '../domain/hub-event.enums';
import { HubEventRegistrationEntity } from '../entities/hub-event-registration.entity';
import { HubEventEntity } from '../entities/hub-event.entity';
import { HubEventRegistration } from '../graphql/hub-event.type';
import {
  RecordHubEventAttendanceInput,
  RegisterForHubEventInput,
  RegisterForPublicHubEventInput,
} from '../graphql/hub-event.inputs';
import { assertManages, ROLE_AUDIENCE } from '../hub-event-access';
import { HubEventsService } from '../hub-events.service';
import { lockEvent, placesTaken, promoteWaitingList } from './event-places';
import { recordRegistrationEvent } from './registration-events';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Public registrations one address may make for one event in an hour. */
const PUBLIC_REGISTRATIONS_PER_EVENT = 3;

/** Statuses a registration can be cancelled from. */
const LIVE: readonly HubEventRegistrationStatus[] = [
  HubEventRegistrationStatus.AWAITING_CONFIRMATION,
  HubEventRegistrationStatus.CONFIRMED,
  HubEventRegistrationStatus.WAITLISTED,
];

/**
 * Registrations for hub events. Every one that takes places does so under the event's row
 * lock (`lockEvent`), so however many arrive at once the event is never over capacity; the rest
 * join the waiting list, which is offered freed places in order.
 */
@Injectable()
export class HubEventRegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: HubEventsService,
    private readonly throttle: PublicFormThrottleService,
    private readonly clock: Clock,
  ) {}

  /** An adviser or employer contact registers themselves; a careers leader a group of pupils. */
  async register(actor: Actor, input: RegisterForHubEventInput): Promise<HubEventRegistration> {
    const role = ROLE_AUDIENCE[actor.role];
    if (!role) throw DomainError.forbidden('This role does not register for events');
    const group = role.kind === HubEventRegistrationKind.GROUP;
    const visible = await this.events.find(actor, input.eventId);
    if (group) {
      const missing = (['institutionId', 'yearGroup', 'places'] as const).filter(
        (field) => input[field] === undefined || input[field] === null,
      );
      if (missing.length) {
        throw DomainError.validation(
          'INVALID_INPUT',
          'A group registration names the institution, year group and number of pupils',
          missing.map((field) => ({ field, messages: [`${field} is required`] })),
        );
      }
      const [institution] = (await this.db.query(
        'SELECT careers_leader_id, hub_id FROM institutions WHERE id = $1',
        [input.institutionId],
      )) as { careers_leader_id: string | null; hub_id: string }[];
      if (!institution || institution.hub_id !== visible.hubId) {
        throw DomainError.notFound('institution', input.institutionId);
      }
      if (institution.careers_leader_id !== actor.userId) {
        throw DomainError.forbidden(
          'Careers leaders register groups for their own institution',
          'NOT_YOUR_INSTITUTION',
        );
      }
    } else if (input.places !== undefined && input.places !== null && input.places !== 1) {
      throw DomainError.validation('INVALID_INPUT', 'You register yourself: one place', [
        { field: 'places', messages: ['only careers leaders register more than one place'] },
      ]);
    }
    const id = await this.db.transaction(async (manager) => {
      const event = await this.lockOpen(manager, input.eventId);
      if (!admits(event.audiences, role.kind)) {
        throw DomainError.forbidden('This event is not for you', 'NOT_IN_EVENT_AUDIENCE');
      }
      const duplicate = (await manager.query(
        group
          ? `SELECT 1 FROM hub_event_registrations WHERE event_id = $1 AND institution_id = $2
               AND year_group = $3 AND kind = 'GROUP' AND status <> 'CANCELLED'`
          : `SELECT 1 FROM hub_event_registrations WHERE event_id = $1 AND user_id = $2
               AND kind <> 'GROUP' AND status <> 'CANCELLED'`,
        group ? [event.id, input.institutionId, input.yearGroup] : [event.id, actor.userId],
      )) as unknown[];
      if (duplicate.length) {
        throw DomainError.conflict(
          'ALREADY_REGISTERED',
          group ? 'This year group is registered already' : 'You are registered already',
        );
      }
      const places = group ? (input.places as number) : 1;
      const status = await this.placeFor(manager, event, places, input.joinWaitingList);
      const registration = await manager.save(
        manager.create(HubEventRegistrationEntity, {
          hubId: event.hubId,
          eventId: event.id,
          kind: role.kind,
          status,
          userId: actor.userId,
          institutionId: group ? input.institutionId : null,
          yearGroup: group ? input.yearGroup : null,
          places,
          consentToContact: input.consentToContact,
          confirmedAt: status === HubEventRegistrationStatus.CONFIRMED ? this.clock.now() : null,
        }),
      );
      await this.announce(manager, registration);
      await this.audit(manager, actor, registration, 'registered', {
        kind: registration.kind,
        places,
        status,
        institutionId: registration.institutionId,
        yearGroup: registration.yearGroup,
      });
      return registration.id;
    });
    return this.view(id);
  }

  /**
   * A registration from the public page. The answer is the same whatever happens (a new
   * registration, the same address again, which is refused), so nobody learns who registered;
   * the address confirms itself from the emailed link before the place counts.
   */
  async registerPublic(input: RegisterForPublicHubEventInput, address?: string): Promise<void> {
    await this.throttle.consume(address);
    const event = await this.publicEvent(input.token);
    await this.throttle.consumeFor(
      `event:${event.id}`,
      address,
      PUBLIC_REGISTRATIONS_PER_EVENT,
      'EVENT_REGISTRATIONS_LIMITED',
    );
    if (
      event.status !== HubEventStatus.PUBLISHED ||
      !admits(event.audiences, HubEventRegistrationKind.PUBLIC) ||
      !registrationOpen(event, this.clock.now())
    ) {
      throw DomainError.conflict('REGISTRATION_NOT_OPEN', 'Registration is not open');
    }
    const token = randomBytes(32).toString('base64url');
    await this.db.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO hub_event_registrations
           (hub_id, event_id, kind, status, name, email, places, consent_to_contact, confirm_token_hash)
         VALUES ($1, $2, 'PUBLIC', 'AWAITING_CONFIRMATION', $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          event.hubId,
          event.id,
          input.name.trim(),
          input.email.trim().toLowerCase(),
          input.attendees,
          input.consentToContact,
          hashToken(token),
        ],
      )) as { id: string }[];
      if (inserted.length === 0) return;
      await recordEvent(manager, null, {
        type: 'hub_event.address_confirmation_requested',
        hubId: event.hubId,
        aggregateType: 'hub_event_registration',
        aggregateId: inserted[0].id,
        payload: { eventId: event.id, registrationId: inserted[0].id, token },
      });
    });
  }

  /**
   * The address of a public registration is confirmed (the emailed link): its places now count,
   * or it joins the waiting list. Following the link again answers the same.
   */
  async confirmPublic(token: string): Promise<HubEventRegistration> {
    const found = await this.db
      .getRepository(HubEventRegistrationEntity)
      .findOneBy({ confirmTokenHash: hashToken(token) });
    if (!found) throw DomainError.validation('INVALID_LINK', 'The link is not valid');
    await this.db.transaction(async (manager) => {
      const event = await lockEvent(manager, found.eventId);
      const registration = await this.lockRegistration(manager, found.id);
      if (registration.status !== HubEventRegistrationStatus.AWAITING_CONFIRMATION) return;
      if (
        !event ||
        event.status !== HubEventStatus.PUBLISHED ||
        event.startsAt <= this.clock.now()
      ) {
        throw DomainError.conflict('REGISTRATION_NOT_OPEN', 'The event takes no registrations');
      }
      const status = await this.placeFor(manager, event, registration.places, true);
      await manager.update(
        HubEventRegistrationEntity,
        { id: registration.id },
        {
          status,
          confirmedAt: status === HubEventRegistrationStatus.CONFIRMED ? this.clock.now() : null,
        },
      );
      await this.announce(manager, { ...registration, status });
    });
    return this.view(found.id);
  }

  /** The registrant (or the careers leader who made it) or hub staff cancel it; places go on. */
  async cancel(actor: Actor, id: string): Promise<HubEventRegistration> {
    const found = await this.db.getRepository(HubEventRegistrationEntity).findOneBy({ id });
    if (!found || (found.userId !== actor.userId && !isHubTeamOf(actor, found.hubId))) {
      throw DomainError.notFound('hub event registration', id);
    }
    await this.cancelRegistration(actor, found);
    return this.view(id);
  }

  /**
   * The adult of a public registration cancels it with the token of the emailed link (no
   * sign-in); cancelling again answers the same. Places go on to the waiting list.
   */
  async cancelPublic(token: string): Promise<HubEventRegistration> {
    const found = await this.db
      .getRepository(HubEventRegistrationEntity)
      .findOneBy({ confirmTokenHash: hashToken(token) });
    if (!found) throw DomainError.validation('INVALID_LINK', 'The link is not valid');
    if (found.status !== HubEventRegistrationStatus.CANCELLED) {
      await this.cancelRegistration(null, found);
    }
    return this.view(found.id);
  }

  private async cancelRegistration(
    actor: Actor | null,
    found: HubEventRegistrationEntity,
  ): Promise<void> {
    const { id } = found;
    await this.db.transaction(async (manager) => {
      const event = await lockEvent(manager, found.eventId);
      const registration = await this.lockRegistration(manager, id);
      if (!event || event.status === HubEventStatus.CANCELLED) {
        throw DomainError.conflict('INVALID_EVENT_STATUS', 'The event is cancelled already');
      }
      if (!LIVE.includes(registration.status)) {
        throw DomainError.conflict(
          'INVALID_REGISTRATION_STATUS',
          `A ${registration.status} registration cannot be cancelled`,
        );
      }
      await manager.update(
        HubEventRegistrationEntity,
        { id },
        { status: HubEventRegistrationStatus.CANCELLED },
      );
      await this.audit(manager, actor, registration, 'cancelled', {
        status: { from: registration.status, to: HubEventRegistrationStatus.CANCELLED },
      });
      if (registration.status === HubEventRegistrationStatus.CONFIRMED) {
        await promoteWaitingList(manager, event, this.clock.now());
      }
    });
  }

  /** Hub staff record who came, once the event has ended: a number for a group, 0 a no-show. */
  async recordAttendance(
    actor: Actor,
    input: RecordHubEventAttendanceInput,
  ): Promise<HubEventRegistration> {
    const found = await this.db
      .getRepository(HubEventRegistrationEntity)
      .findOneBy({ id: input.registrationId });
    if (!found || !isHubTeamOf(actor, found.hubId)) {
      throw DomainError.notFound('hub event registration', input.registrationId);
    }
    await this.db.transaction(async (manager) => {
      const event = await manager.findOneByOrFail(HubEventEntity, { id: found.eventId });
      const registration = await this.lockRegistration(manager, found.id);
      if (registration.status !== HubEventRegistrationStatus.CONFIRMED) {
        throw DomainError.conflict(
          'INVALID_REGISTRATION_STATUS',
          'Attendance is recorded for confirmed registrations',
        );
      }
      if (event.status !== HubEventStatus.PUBLISHED || this.clock.now() < event.endsAt) {
        throw DomainError.conflict('EVENT_NOT_ENDED', 'Attendance waits until the event has ended');
      }
      if (input.attended > registration.places) {
        throw DomainError.validation(
          'INVALID_EVENT_ATTENDANCE',
          `At most ${registration.places} can have come`,
          [{ field: 'attended', messages: [`attended cannot exceed ${registration.places}`] }],
        );
      }
      await manager.update(
        HubEventRegistrationEntity,
        { id: registration.id },
        { attended: input.attended, attendanceRecordedAt: this.clock.now() },
      );
      await this.audit(manager, actor, registration, 'attendance_recorded', {
        attended: { from: registration.attended, to: input.attended },
      });
    });
    return this.view(found.id);
  }

  /**
   * After the event, its follow-up resources go to every attendee who agreed to be contacted,
   * once: the event remembers it was sent. Answers how many registrations were sent it.
   */
  async sendFollowUp(actor: Actor, eventId: string): Promise<number> {
    const visible = await this.events.find(actor, eventId);
    assertManages(actor, visible);
    return this.db.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      if (!event || event.status !== HubEventStatus.PUBLISHED || this.clock.now() < event.endsAt) {
        throw DomainError.conflict('EVENT_NOT_ENDED', 'The follow-up waits until the event ends');
      }
      if (event.followUpLinks.length === 0) {
        throw DomainError.conflict('NO_FOLLOW_UP_LINKS', 'The event has no follow-up resources');
      }
      if (event.followUpSentAt) {
        throw DomainError.conflict('FOLLOW_UP_ALREADY_SENT', 'The follow-up was sent already');
      }
      const attendees = await manager.find(HubEventRegistrationEntity, {
        where: { eventId, status: HubEventRegistrationStatus.CONFIRMED, consentToContact: true },
        order: { createdAt: 'ASC' },
      });
      const reached = attendees.filter((r) => (r.attended ?? 0) > 0);
      for (const registration of reached) {
        await recordRegistrationEvent(manager, 'hub_event.follow_up', registration);
      }
      await manager.update(HubEventEntity, { id: eventId }, { followUpSentAt: this.clock.now() });
      await recordAudit(manager, actor, {
        hubId: event.hubId,
        entityType: 'hub_event',
        entityId: event.id,
        action: 'follow_up_sent',
        changes: { registrations: reached.length },
      });
      return reached.length;
    });
  }

  /** Every registration of an event, oldest first: hub staff only. */
  async list(
    actor: Actor,
    eventId: string,
    args: ConnectionArgs,
  ): Promise<ConnectionShape<HubEventRegistration>> {
    const event = await this.events.find(actor, eventId);
    assertManages(actor, event);
    const query = this.db.manager
      .createQueryBuilder(HubEventRegistrationEntity, 'r')
      .where('r.event_id = :eventId', { eventId });
    const page = await paginate(query, args, {
      sortExpression: "date_trunc('milliseconds', r.created_at)",
      sortValue: (r) => new Date(r.createdAt).toISOString(),
      idExpression: 'r.id',
      id: (r) => r.id,
    });
    const views = await this.views(page.edges.map((edge) => edge.node.id));
    return { ...page, edges: page.edges.map((edge, i) => ({ ...edge, node: views[i] })) };
  }

  /** The actor's own registrations (a careers leader's: the groups they registered). */
  async mine(actor: Actor): Promise<HubEventRegistration[]> {
    const rows = (await this.db.query(
      `SELECT id FROM hub_event_registrations WHERE user_id = $1 ORDER BY created_at DESC, id
       LIMIT 200`,
      [actor.userId],
    )) as { id: string }[];
    return this.views(rows.map((r) => r.id));
  }

  private async view(id: string): Promise<HubEventRegistration> {
    const [view] = await this.views([id]);
    return view;
  }

  /** Registrations with the registrant's name and their place on the waiting list. */
  private async views(ids: string[]): Promise<HubEventRegistration[]> {
    if (ids.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT r.id, r.event_id, r.kind, r.status, r.user_id, coalesce(r.name, u.name) AS name,
         r.email, r.institution_id, r.year_group, r.places, r.consent_to_contact, r.attended,
         r.created_at,
         CASE WHEN r.status = 'WAITLISTED' THEN (
           SELECT count(*)::int FROM hub_event_registrations w
           WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
             AND (w.created_at, w.id) <= (r.created_at, r.id)) END AS waiting_position
       FROM hub_event_registrations r LEFT JOIN users u ON u.id = r.user_id
       WHERE r.id = ANY($1)`,
      [ids],
    )) as Record<string, unknown>[];
    const byId = new Map(
      rows.map((r) => [
        r.id as string,
        {
          id: r.id as string,
          eventId: r.event_id as string,
          kind: r.kind as HubEventRegistrationKind,
          status: r.status as HubEventRegistrationStatus,
          userId: r.user_id as string | null,
          name: r.name as string | null,
          email: r.email as string | null,
          institutionId: r.institution_id as string | null,
          yearGroup: r.year_group as number | null,
          places: r.places as number,
          consentToContact: r.consent_to_contact as boolean,
          attended: r.attended as number | null,
          waitingPosition: r.waiting_position as number | null,
          createdAt: r.created_at as Date,
        },
      ]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The event by its public token; NOT_FOUND unless it is published or cancelled. */
  async publicEvent(token: string): Promise<HubEventEntity> {
    const event = await this.db.getRepository(HubEventEntity).findOneBy({ publicToken: token });
    if (!event || event.status === HubEventStatus.DRAFT) throw DomainError.notFound('hub event');
    return event;
  }

  /** Locks an event taking registrations now; refuses one that is not. */
  private async lockOpen(manager: EntityManager, id: string): Promise<HubEventEntity> {
    const event = await lockEvent(manager, id);
    if (!event) throw DomainError.notFound('hub event', id);
    if (event.status !== HubEventStatus.PUBLISHED) {
      throw DomainError.conflict(
        'INVALID_EVENT_STATUS',
        `A ${event.status} event takes no registrations`,
      );
    }
    if (!registrationOpen(event, this.clock.now())) {
      throw DomainError.conflict(
        'REGISTRATION_NOT_OPEN',
        'Registration for this event is not open',
      );
    }
    return event;
  }

  /** CONFIRMED when the places fit under the lock, else WAITLISTED (or refused if not wanted). */
  private async placeFor(
    manager: EntityManager,
    event: HubEventEntity,
    places: number,
    joinWaitingList: boolean,
  ): Promise<HubEventRegistrationStatus> {
    const taken = await placesTaken(manager, event.id);
    if (taken + places <= event.capacity) return HubEventRegistrationStatus.CONFIRMED;
    if (!joinWaitingList) {
      throw DomainError.conflict(
        'NO_PLACES_LEFT',
        `Only ${Math.max(0, event.capacity - taken)} places are left`,
      );
    }
    return HubEventRegistrationStatus.WAITLISTED;
  }

  private announce(manager: EntityManager, registration: HubEventRegistrationEntity) {
    return recordRegistrationEvent(
      manager,
      registration.status === HubEventRegistrationStatus.CONFIRMED
        ? 'hub_event.registration_confirmed'
        : 'hub_event.waitlisted',
      registration,
    );
  }

  private async lockRegistration(
    manager: EntityManager,
    id: string,
  ): Promise<HubEventRegistrationEntity> {
    const registration = await manager
      .createQueryBuilder(HubEventRegistrationEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!registration) throw DomainError.notFound('hub event registration', id);
    return registration;
  }

  private audit(
    manager: EntityManager,
    actor: Actor | null,
    registration: HubEventRegistrationEntity,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return recordAudit(manager, actor, {
      hubId: registration.hubId,
      entityType: 'hub_event_registration',
      entityId: registration.id,
      action,
      changes,
    });
  }
}
