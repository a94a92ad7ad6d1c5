import { EntityManager } from 'typeorm';
import { DomainEventPayloads, DomainEventType } from '@chn/core';
import { Audience, isKnownEventType } from './notification-rules';

/** A relayed domain event of type `T`, as the notifications context reads it. */
export interface StoredEventOf<T extends DomainEventType> {
  id: string;
  type: T;
  hubId: string | null;
  aggregateType: string;
  aggregateId: string;
  payload: DomainEventPayloads[T];
  actorUserId: string | null;
}

/** Any relayed domain event, its payload typed by its type. */
export type StoredEvent = { [T in DomainEventType]: StoredEventOf<T> }[DomainEventType];

/** The people and things an event is about, with the names templates need. */
export interface EventSubject {
  hubName: string;
  adviserId: string | null;
  adviserName: string | null;
  institutionId: string | null;
  institutionName: string | null;
  employerId: string | null;
  employerName: string | null;
  opportunityId: string | null;
  opportunityTitle: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** The user the event is about, when it is about one. */
  userId: string | null;
  /** The hub event the event is about, when it is about one (or one's registration). */
  hubEvent: HubEventSubject | null;
  registrationId: string | null;
}

/** A hub event as its emails and calendar files tell it. */
export interface HubEventSubject {
  id: string;
  title: string;
  description: string;
  /** ISO timestamps. */
  startsAt: string;
  endsAt: string;
  venue: string | null;
  address: string | null;
  /** Only ever put in emails to people registered. */
  joiningUrl: string | null;
  followUpLinks: { label: string; url: string }[];
  cancelReason: string | null;
}

export interface Recipient {
  email: string;
  userId: string | null;
  name: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

type RelatedKey =
  'adviserId' | 'institutionId' | 'opportunityId' | 'employerId' | 'eventId' | 'registrationId';

/** The id of a related row, from the payload or, when the event is about that row, its aggregate. */
function related(event: StoredEvent, key: RelatedKey, aggregateType: string): string | null {
  const payload: Readonly<Record<string, unknown>> = event.payload;
  return text(payload[key]) ?? (event.aggregateType === aggregateType ? event.aggregateId : null);
}

/**
 * The events named, those that exist, in the order asked. An event of a type this build does not
 * know (a retired one) is left out: nobody hears it.
 */
export async function loadEvents(manager: EntityManager, ids: string[]): Promise<StoredEvent[]> {
  if (ids.length === 0) return [];
  const rows = (await manager.query(
    `SELECT id, type, hub_id, aggregate_type, aggregate_id, payload, actor_user_id
     FROM domain_events WHERE id = ANY($1)`,
    [ids],
  )) as {
    id: string;
    type: string;
    hub_id: string | null;
    aggregate_type: string;
    aggregate_id: string;
    payload: Record<string, unknown> | null;
    actor_user_id: string | null;
  }[];
  const byId = new Map<string, StoredEvent>();
  for (const { type, ...row } of rows) {
    if (!isKnownEventType(type)) continue;
    // The row was written for its type by `recordEvent` or a scan: its payload is that type's.
    byId.set(row.id, {
      id: row.id,
      type,
      hubId: row.hub_id,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      payload: row.payload ?? {},
      actorUserId: row.actor_user_id,
    } as StoredEvent);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The ids of the rows an event mentions, from its payload or its aggregate. */
function relatedIds(event: StoredEvent) {
  return {
    adviserId: related(event, 'adviserId', 'adviser'),
    institutionId: related(event, 'institutionId', 'institution'),
    opportunityId: related(event, 'opportunityId', 'opportunity'),
    employerId: related(event, 'employerId', 'employer'),
    userId: event.aggregateType === 'user' ? event.aggregateId : null,
    hubEventId: related(event, 'eventId', 'hub_event'),
    registrationId: related(event, 'registrationId', 'hub_event_registration'),
  };
}

/** Reads the names of everything each event mentions, in one query for all of them. */
export async function loadSubjects(
  manager: EntityManager,
  events: StoredEvent[],
): Promise<EventSubject[]> {
  if (events.length === 0) return [];
  const ids = events.map(relatedIds);
  const rows = (await manager.query(
    `SELECT p.ord, h.name AS hub_name, a.name AS adviser_name, i.name AS institution_name,
            o.title AS opportunity_title, o.starts_on::text AS starts_on, o.ends_on::text AS ends_on,
            e.id AS employer_id, e.name AS employer_name,
            CASE WHEN he.id IS NOT NULL THEN jsonb_build_object(
              'id', he.id, 'title', he.title, 'description', he.description,
              'startsAt', to_char(he.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'endsAt', to_char(he.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'venue', he.venue, 'address', he.address, 'joiningUrl', he.joining_url,
              'followUpLinks', he.follow_up_links, 'cancelReason', he.cancel_reason) END AS hub_event
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[])
       WITH ORDINALITY AS p(hub_id, adviser_id, institution_id, opportunity_id, employer_id,
                            hub_event_id, ord)
     LEFT JOIN hubs h ON h.id = p.hub_id
     LEFT JOIN advisers a ON a.id = p.adviser_id
     LEFT JOIN institutions i ON i.id = p.institution_id
     LEFT JOIN opportunities o ON o.id = p.opportunity_id
     LEFT JOIN employers e ON e.id = coalesce(p.employer_id, o.employer_id)
     LEFT JOIN hub_events he ON he.id = p.hub_event_id
     ORDER BY p.ord`,
    [
      events.map((event) => event.hubId),
      ids.map((id) => id.adviserId),
      ids.map((id) => id.institutionId),
      ids.map((id) => id.opportunityId),
      ids.map((id) => id.employerId),
      ids.map((id) => id.hubEventId),
    ],
  )) as (Record<string, string | null> & { hub_event: HubEventSubject | null })[];
  return rows.map((row, index) => ({
    hubName: row.hub_name ?? 'Careers Hub Network',
    adviserId: ids[index].adviserId,
    adviserName: row.adviser_name,
    institutionId: ids[index].institutionId,
    institutionName: row.institution_name,
    employerId: row.employer_id,
    employerName: row.employer_name,
    opportunityId: ids[index].opportunityId,
    opportunityTitle: row.opportunity_title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    userId: ids[index].userId,
    hubEvent: row.hub_event,
    registrationId: ids[index].registrationId,
  }));
}

/** SQL for each audience over the events `p`; every query yields (ord, email, user_id, name). */
const AUDIENCE_SQL: Record<Audience, string> = {
  [Audience.ADVISER]: `
    SELECT p.ord, coalesce(u.email, a.email) AS email, u.id AS user_id, coalesce(u.name, a.name) AS name
    FROM p JOIN advisers a ON a.id = p.adviser_id LEFT JOIN users u ON u.id = a.user_id
    WHERE a.erased_at IS NULL`,
  [Audience.CAREERS_LEADER]: `
    SELECT p.ord, u.email, u.id AS user_id, u.name
    FROM p JOIN institutions i ON i.id = p.institution_id JOIN users u ON u.id = i.careers_leader_id`,
  [Audience.HUB_STAFF]: `
    SELECT p.ord, u.email, u.id AS user_id, u.name
    FROM p JOIN users u ON u.hub_id = p.hub_id AND u.role = 'HUB_STAFF'`,
  [Audience.EMPLOYER_CONTACTS]: `
    SELECT p.ord, u.email, u.id AS user_id, u.name
    FROM p JOIN employer_contacts ec ON ec.employer_id = p.employer_id
    JOIN users u ON u.id = ec.user_id`,
  [Audience.BOOKED_CAREERS_LEADERS]: `
    SELECT p.ord, u.email, u.id AS user_id, u.name
    FROM p JOIN bookings b ON b.opportunity_id = p.opportunity_id AND b.status = 'CONFIRMED'
    JOIN institutions i ON i.id = b.institution_id
    JOIN users u ON u.id = i.careers_leader_id`,
  [Audience.USER]: `
    SELECT p.ord, u.email, u.id AS user_id, u.name
    FROM p JOIN users u ON u.id = p.user_id`,
  [Audience.HUB_EVENT_INVITEES]: `
    SELECT p.ord, u.email, u.id AS user_id, u.name
    FROM p JOIN hub_events he ON he.id = p.hub_event_id
    JOIN users u ON
      ('ADVISERS' = ANY(he.audiences) AND EXISTS (
        SELECT 1 FROM advisers a WHERE a.user_id = u.id AND a.hub_id = he.hub_id
          AND a.status = 'ACTIVE' AND a.erased_at IS NULL
          AND (cardinality(he.local_authority_codes) = 0
               OR a.local_authority_codes && he.local_authority_codes)))
      OR ('EMPLOYER_CONTACTS' = ANY(he.audiences) AND EXISTS (
        SELECT 1 FROM employer_contacts ec
        JOIN employer_memberships m ON m.employer_id = ec.employer_id
          AND m.hub_id = he.hub_id AND m.status = 'ACTIVE'
        WHERE ec.user_id = u.id
          AND (he.sector_group_id IS NULL OR EXISTS (
            SELECT 1 FROM sector_group_members sgm
            WHERE sgm.sector_group_id = he.sector_group_id AND sgm.employer_id = ec.employer_id))))
      OR ('CAREERS_LEADERS' = ANY(he.audiences) AND EXISTS (
        SELECT 1 FROM institutions i WHERE i.careers_leader_id = u.id AND i.hub_id = he.hub_id
          AND (cardinality(he.local_authority_codes) = 0
               OR i.la_code = ANY(he.local_authority_codes))))`,
  [Audience.HUB_EVENT_REGISTRANT]: `
    SELECT p.ord, coalesce(u.email, r.email) AS email, r.user_id, coalesce(u.name, r.name) AS name
    FROM p JOIN hub_event_registrations r ON r.id = p.registration_id
    LEFT JOIN users u ON u.id = r.user_id`,
  [Audience.HUB_EVENT_REGISTRANTS]: `
    SELECT p.ord, coalesce(u.email, r.email) AS email, r.user_id, coalesce(u.name, r.name) AS name
    FROM p JOIN hub_event_registrations r ON r.event_id = p.hub_event_id
      AND r.status IN ('CONFIRMED', 'WAITLISTED')
    LEFT JOIN users u ON u.id = r.user_id`,
};

/**
 * For each event (all needing the same audiences), everyone in those audiences, once each by
 * address, leaving out whoever caused the event (nobody needs an email about their own action).
 * One query for all the events.
 */
export async function loadRecipients(
  manager: EntityManager,
  events: StoredEvent[],
  subjects: EventSubject[],
  audiences: readonly Audience[],
): Promise<Recipient[][]> {
  const byEvent: Recipient[][] = events.map(() => []);
  if (audiences.length === 0 || events.length === 0) return byEvent;
  const sql = audiences.map((audience) => `(${AUDIENCE_SQL[audience]})`).join(' UNION ');
  const rows = (await manager.query(
    `WITH p AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[],
                       $7::uuid[], $8::uuid[], $9::uuid[])
         WITH ORDINALITY AS p(hub_id, adviser_id, institution_id, employer_id, opportunity_id,
                              actor_id, user_id, hub_event_id, registration_id, ord))
     SELECT DISTINCT ON (r.ord, lower(r.email)) r.ord, lower(r.email) AS email, r.user_id, r.name
     FROM (${sql}) r JOIN p ON p.ord = r.ord
     WHERE r.email IS NOT NULL AND (p.actor_id IS NULL OR r.user_id IS DISTINCT FROM p.actor_id)
     ORDER BY r.ord, lower(r.email), r.user_id NULLS LAST`,
    [
      events.map((event) => event.hubId),
      subjects.map((subject) => subject.adviserId),
      subjects.map((subject) => subject.institutionId),
      subjects.map((subject) => subject.employerId),
      subjects.map((subject) => subject.opportunityId),
      events.map((event) => event.actorUserId),
      subjects.map((subject) => subject.userId),
      subjects.map((subject) => subject.hubEvent?.id ?? null),
      subjects.map((subject) => subject.registrationId),
    ],
  )) as { ord: string; email: string; user_id: string | null; name: string }[];
  for (const r of rows) {
    byEvent[Number(r.ord) - 1].push({ email: r.email, userId: r.user_id, name: r.name });
  }
  return byEvent;
}
