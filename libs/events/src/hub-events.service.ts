import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  ConnectionShape,
  DomainError,
  hubForWrite,
  isHubTeamOf,
  paginate,
  recordAudit,
  recordEvent,
} from '@chn/core';
import { assertValidHubEvent, registrationOpen } from './domain/hub-event-rules';
import { HubEventAudience, HubEventStatus } from './domain/hub-event.enums';
import { HubEventEntity } from './entities/hub-event.entity';
import { HubEvent } from './graphql/hub-event.type';
import {
  CreateHubEventInput,
  HubEventsArgs,
  UpdateHubEventInput,
} from './graphql/hub-event.inputs';
import { assertManages, whereHubEventVisible } from './hub-event-access';
import {
  lockEvent,
  placesTaken,
  promoteWaitingList,
  recordCancellation,
} from './registrations/event-places';

/** The audiences reached through the public page. */
const PUBLIC_AUDIENCES: readonly HubEventAudience[] = [
  HubEventAudience.PARENTS_CARERS,
  HubEventAudience.PUBLIC,
];

/** The path of an event's shareable public page (the console serves it without sign-in). */
export const publicEventPath = (token: string) => `/console/events/public/${token}`;

/** Hub events: planned by hub staff, seen by the audiences they are for. */
@Injectable()
export class HubEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, args: HubEventsArgs): Promise<ConnectionShape<HubEvent>> {
    const query = whereHubEventVisible(
      this.db.manager.createQueryBuilder(HubEventEntity, 'e'),
      actor,
      args.hubId,
    );
    if (args.from) query.andWhere('e.ends_at >= :from', { from: args.from });
    if (args.to) query.andWhere('e.starts_at < :to', { to: args.to });
    if (args.kind) query.andWhere('e.kind = :kind', { kind: args.kind });
    if (args.status) query.andWhere('e.status = :status', { status: args.status });
    if (args.audience) {
      query.andWhere(':wanted = ANY(e.audiences)', { wanted: args.audience });
    }
    const page = await paginate(query, args, {
      sortExpression: "date_trunc('milliseconds', e.starts_at)",
      sortValue: (e) => new Date(e.startsAt).toISOString(),
      idExpression: 'e.id',
      id: (e) => e.id,
    });
    const views = await this.views(
      actor,
      page.edges.map((edge) => edge.node),
    );
    return { ...page, edges: page.edges.map((edge, i) => ({ ...edge, node: views[i] })) };
  }

  async get(actor: Actor, id: string): Promise<HubEvent> {
    const [view] = await this.views(actor, [await this.find(actor, id)]);
    return view;
  }

  /** The event if the actor may see it; NOT_FOUND otherwise. */
  async find(actor: Actor, id: string): Promise<HubEventEntity> {
    const event = await whereHubEventVisible(
      this.db.manager.createQueryBuilder(HubEventEntity, 'e'),
      actor,
    )
      .andWhere('e.id = :id', { id })
      .getOne();
    if (!event) throw DomainError.notFound('hub event', id);
    return event;
  }

  async create(actor: Actor, input: CreateHubEventInput): Promise<HubEvent> {
    const hubId = hubForWrite(actor, input.hubId);
    const fields = {
      hubId,
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      sectorGroupId: input.sectorGroupId ?? null,
      hostEmployerIds: [...new Set(input.hostEmployerIds ?? [])],
      venue: input.venue?.trim() || null,
      address: input.address?.trim() || null,
      joiningUrl: input.joiningUrl?.trim() || null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      audiences: [...new Set(input.audiences)],
      localAuthorityCodes: [...new Set(input.localAuthorityCodes ?? [])],
      registrationOpensAt: input.registrationOpensAt ?? null,
      registrationClosesAt: input.registrationClosesAt ?? null,
      followUpLinks: (input.followUpLinks ?? []).map((l) => ({
        label: l.label.trim(),
        url: l.url.trim(),
      })),
    };
    assertValidHubEvent(fields);
    const event = await this.db.transaction(async (manager) => {
      await this.assertBelongsToHub(manager, hubId, fields);
      const saved = await manager.save(
        manager.create(HubEventEntity, {
          ...fields,
          status: HubEventStatus.DRAFT,
          publicToken: randomBytes(18).toString('base64url'),
          createdBy: actor.userId,
        }),
      );
      await this.audit(manager, actor, saved, 'created', { ...fields });
      return saved;
    });
    return this.get(actor, event.id);
  }

  async update(actor: Actor, input: UpdateHubEventInput): Promise<HubEvent> {
    const { id, ...changes } = input;
    await this.db.transaction(async (manager) => {
      const event = await this.lockManaged(manager, actor, id);
      if (event.status === HubEventStatus.CANCELLED) {
        throw DomainError.conflict('INVALID_EVENT_STATUS', 'A cancelled event cannot change');
      }
      const next: Partial<HubEventEntity> = {};
      if (changes.kind !== undefined) next.kind = changes.kind;
      if (changes.title !== undefined) next.title = changes.title.trim();
      if (changes.description !== undefined) next.description = changes.description.trim();
      if (changes.sectorGroupId !== undefined) next.sectorGroupId = changes.sectorGroupId;
      if (changes.hostEmployerIds !== undefined) {
        next.hostEmployerIds = [...new Set(changes.hostEmployerIds)];
      }
      if (changes.venue !== undefined) next.venue = changes.venue?.trim() || null;
      if (changes.address !== undefined) next.address = changes.address?.trim() || null;
      if (changes.joiningUrl !== undefined) next.joiningUrl = changes.joiningUrl?.trim() || null;
      if (changes.startsAt !== undefined) next.startsAt = changes.startsAt;
      if (changes.endsAt !== undefined) next.endsAt = changes.endsAt;
      if (changes.capacity !== undefined) next.capacity = changes.capacity;
      if (changes.audiences !== undefined) next.audiences = [...new Set(changes.audiences)];
      if (changes.localAuthorityCodes !== undefined) {
        next.localAuthorityCodes = [...new Set(changes.localAuthorityCodes)];
      }
      if (changes.registrationOpensAt !== undefined) {
        next.registrationOpensAt = changes.registrationOpensAt;
      }
      if (changes.registrationClosesAt !== undefined) {
        next.registrationClosesAt = changes.registrationClosesAt;
      }
      if (changes.followUpLinks !== undefined) {
        next.followUpLinks = changes.followUpLinks.map((l) => ({
          label: l.label.trim(),
          url: l.url.trim(),
        }));
      }
      const merged = { ...event, ...next };
      assertValidHubEvent(merged);
      await this.assertBelongsToHub(manager, event.hubId, merged);
      const taken = await placesTaken(manager, event.id);
      if (merged.capacity < taken) {
        throw DomainError.validation(
          'EVENT_CAPACITY_BELOW_REGISTERED',
          `${taken} places are already registered`,
          [{ field: 'capacity', messages: [`capacity cannot go below ${taken}`] }],
        );
      }
      await manager.update(HubEventEntity, { id }, next);
      await this.audit(manager, actor, event, 'updated', diff(event, next));
      await promoteWaitingList(
        manager,
        await manager.findOneByOrFail(HubEventEntity, { id }),
        this.clock.now(),
      );
    });
    return this.get(actor, id);
  }

  /** DRAFT to PUBLISHED: the audience is invited (the event `hub_event.published`). */
  async publish(actor: Actor, id: string): Promise<HubEvent> {
    await this.db.transaction(async (manager) => {
      const event = await this.lockManaged(manager, actor, id);
      if (event.status !== HubEventStatus.DRAFT) {
        throw DomainError.conflict(
          'INVALID_EVENT_STATUS',
          `A ${event.status} event cannot be published`,
        );
      }
      if (event.startsAt <= this.clock.now()) {
        throw DomainError.conflict(
          'INVALID_EVENT_STATUS',
          'An event in the past cannot be published',
        );
      }
      await manager.update(HubEventEntity, { id }, { status: HubEventStatus.PUBLISHED });
      await recordEvent(manager, actor, {
        type: 'hub_event.published',
        hubId: event.hubId,
        aggregateType: 'hub_event',
        aggregateId: event.id,
        payload: { eventId: event.id, title: event.title },
      });
      await this.audit(manager, actor, event, 'published', {
        status: { from: event.status, to: HubEventStatus.PUBLISHED },
      });
    });
    return this.get(actor, id);
  }

  /**
   * Cancels the event once: everyone registered or waiting hears it once (one event, each
   * address once); a second cancellation is refused, so nothing is freed or told twice.
   */
  async cancel(actor: Actor, id: string, reason: string): Promise<HubEvent> {
    await this.db.transaction(async (manager) => {
      const event = await this.lockManaged(manager, actor, id);
      if (event.status === HubEventStatus.CANCELLED) {
        throw DomainError.conflict('INVALID_EVENT_STATUS', 'The event is cancelled already');
      }
      await manager.update(
        HubEventEntity,
        { id },
        { status: HubEventStatus.CANCELLED, cancelReason: reason.trim() },
      );
      if (event.status === HubEventStatus.PUBLISHED) {
        await recordCancellation(manager, event, reason.trim());
      }
      await this.audit(manager, actor, event, 'cancelled', {
        status: { from: event.status, to: HubEventStatus.CANCELLED },
        cancelReason: reason.trim(),
      });
    });
    return this.get(actor, id);
  }

  /** Views of events for the actor: counts in one query, the joining link where allowed. */
  async views(actor: Actor, events: HubEventEntity[]): Promise<HubEvent[]> {
    if (events.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT event_id,
         COALESCE(SUM(places) FILTER (WHERE status = 'CONFIRMED'), 0)::int AS taken,
         count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting,
         bool_or(status = 'CONFIRMED' AND user_id = $2) AS mine
       FROM hub_event_registrations WHERE event_id = ANY($1) GROUP BY event_id`,
      [events.map((e) => e.id), actor.userId],
    )) as { event_id: string; taken: number; waiting: number; mine: boolean }[];
    const counts = new Map(rows.map((r) => [r.event_id, r]));
    const now = this.clock.now();
    return events.map((raw) => {
      const event = { ...raw, startsAt: new Date(raw.startsAt), endsAt: new Date(raw.endsAt) };
      const count = counts.get(event.id);
      const taken = count?.taken ?? 0;
      const staff = isHubTeamOf(actor, event.hubId);
      return {
        ...event,
        registrationOpensAt: event.registrationOpensAt && new Date(event.registrationOpensAt),
        registrationClosesAt: event.registrationClosesAt && new Date(event.registrationClosesAt),
        followUpSentAt: event.followUpSentAt && new Date(event.followUpSentAt),
        online: event.joiningUrl !== null,
        joiningUrl: staff || count?.mine ? event.joiningUrl : null,
        placesTaken: taken,
        placesLeft: Math.max(0, event.capacity - taken),
        waitingCount: count?.waiting ?? 0,
        registrationOpen: event.status === HubEventStatus.PUBLISHED && registrationOpen(event, now),
        publicPath:
          staff && event.audiences.some((a) => PUBLIC_AUDIENCES.includes(a))
            ? publicEventPath(event.publicToken)
            : null,
      };
    });
  }

  private async lockManaged(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<HubEventEntity> {
    const visible = await this.find(actor, id);
    assertManages(actor, visible);
    const event = await lockEvent(manager, id);
    if (!event) throw DomainError.notFound('hub event', id);
    return event;
  }

  /** The sector group and host employers must be the hub's own. */
  private async assertBelongsToHub(
    manager: EntityManager,
    hubId: string,
    fields: { sectorGroupId: string | null; hostEmployerIds: string[] },
  ): Promise<void> {
    if (fields.sectorGroupId) {
      const found = (await manager.query(
        'SELECT 1 FROM sector_groups WHERE id = $1 AND hub_id = $2',
        [fields.sectorGroupId, hubId],
      )) as unknown[];
      if (found.length === 0) {
        throw DomainError.validation('UNKNOWN_SECTOR_GROUP', 'No such sector group in the hub', [
          { field: 'sectorGroupId', messages: ['not one of the hub’s sector groups'] },
        ]);
      }
    }
    if (fields.hostEmployerIds.length > 0) {
      const rows = (await manager.query(
        `SELECT DISTINCT employer_id FROM employer_memberships
         WHERE hub_id = $1 AND employer_id = ANY($2)`,
        [hubId, fields.hostEmployerIds],
      )) as unknown[];
      if (rows.length !== fields.hostEmployerIds.length) {
        throw DomainError.validation(
          'UNKNOWN_HOST_EMPLOYER',
          'A host employer is not in the network',
          [{ field: 'hostEmployerIds', messages: ['every host must be in the hub’s network'] }],
        );
      }
    }
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    event: HubEventEntity,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return recordAudit(manager, actor, {
      hubId: event.hubId,
      entityType: 'hub_event',
      entityId: event.id,
      action,
      changes,
    });
  }
}

function diff(before: HubEventEntity, next: Partial<HubEventEntity>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    changes[key] = { from: before[key as keyof HubEventEntity], to: value };
  }
  return changes;
}
