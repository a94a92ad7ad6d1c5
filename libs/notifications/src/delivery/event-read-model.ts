import { EntityManager } from 'typeorm';
import { Audience } from './notification-rules';

/** A relayed domain event, as the notifications context reads it. */
export interface StoredEvent {
  id: string;
  type: string;
  hubId: string | null;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  actorUserId: string | null;
}

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
}

export interface Recipient {
  email: string;
  userId: string | null;
  name: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The id of a related row, from the payload or, when the event is about that row, its aggregate. */
function related(event: StoredEvent, key: string, aggregateType: string): string | null {
  return (
    text(event.payload[key]) ?? (event.aggregateType === aggregateType ? event.aggregateId : null)
  );
}

/** The events named, those that exist, in the order asked. */
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
    payload: Record<string, unknown>;
    actor_user_id: string | null;
  }[];
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        type: row.type,
        hubId: row.hub_id,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        payload: row.payload ?? {},
        actorUserId: row.actor_user_id,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Reads the names of everything the event mentions, in one query. */
export async function loadSubject(
  manager: EntityManager,
  event: StoredEvent,
): Promise<EventSubject> {
  const ids = {
    adviserId: related(event, 'adviserId', 'adviser'),
    institutionId: related(event, 'institutionId', 'institution'),
    opportunityId: related(event, 'opportunityId', 'opportunity'),
    employerId: related(event, 'employerId', 'employer'),
  };
  const [row] = (await manager.query(
    `SELECT h.name AS hub_name, a.name AS adviser_name, i.name AS institution_name,
            o.title AS opportunity_title, o.starts_on::text AS starts_on, o.ends_on::text AS ends_on,
            e.id AS employer_id, e.name AS employer_name
     FROM (SELECT 1) one
     LEFT JOIN hubs h ON h.id = $1
     LEFT JOIN advisers a ON a.id = $2
     LEFT JOIN institutions i ON i.id = $3
     LEFT JOIN opportunities o ON o.id = $4
     LEFT JOIN employers e ON e.id = coalesce($5::uuid, o.employer_id)`,
    [event.hubId, ids.adviserId, ids.institutionId, ids.opportunityId, ids.employerId],
  )) as Record<string, string | null>[];
  return {
    hubName: row.hub_name ?? 'Careers Hub Network',
    adviserId: ids.adviserId,
    adviserName: row.adviser_name,
    institutionId: ids.institutionId,
    institutionName: row.institution_name,
    employerId: row.employer_id,
    employerName: row.employer_name,
    opportunityId: ids.opportunityId,
    opportunityTitle: row.opportunity_title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

/** SQL for each audience over the parameters `p`; every query yields (email, user_id, name). */
const AUDIENCE_SQL: Record<Audience, string> = {
  [Audience.ADVISER]: `
    SELECT coalesce(u.email, a.email) AS email, u.id AS user_id, coalesce(u.name, a.name) AS name
    FROM p JOIN advisers a ON a.id = p.adviser_id LEFT JOIN users u ON u.id = a.user_id
    WHERE a.erased_at IS NULL`,
  [Audience.CAREERS_LEADER]: `
    SELECT u.email, u.id AS user_id, u.name
    FROM p JOIN institutions i ON i.id = p.institution_id JOIN users u ON u.id = i.careers_leader_id`,
  [Audience.HUB_STAFF]: `
    SELECT u.email, u.id AS user_id, u.name
    FROM p JOIN users u ON u.hub_id = p.hub_id AND u.role = 'HUB_STAFF'`,
  [Audience.EMPLOYER_CONTACTS]: `
    SELECT u.email, u.id AS user_id, u.name
    FROM p JOIN employer_contacts ec ON ec.employer_id = p.employer_id
    JOIN users u ON u.id = ec.user_id`,
  [Audience.BOOKED_CAREERS_LEADERS]: `
    SELECT u.email, u.id AS user_id, u.name
    FROM p JOIN bookings b ON b.opportunity_id = p.opportunity_id AND b.status = 'CONFIRMED'
    JOIN institutions i ON i.id = b.institution_id
    JOIN users u ON u.id = i.careers_leader_id`,
};

/**
 * Everyone in the given audiences, once each by address, leaving out whoever caused the event
 * (nobody needs an email about their own action).
 */
export async function loadRecipients(
  manager: EntityManager,
  event: StoredEvent,
  subject: EventSubject,
  audiences: Audience[],
): Promise<Recipient[]> {
  if (audiences.length === 0) return [];
  const sql = audiences.map((audience) => `(${AUDIENCE_SQL[audience]})`).join(' UNION ');
  const rows = (await manager.query(
    `WITH p AS (
       SELECT $1::uuid AS hub_id, $2::uuid AS adviser_id, $3::uuid AS institution_id,
              $4::uuid AS employer_id, $5::uuid AS opportunity_id, $6::uuid AS actor_id)
     SELECT DISTINCT ON (lower(r.email)) lower(r.email) AS email, r.user_id, r.name
     FROM (${sql}) r, p
     WHERE r.email IS NOT NULL AND (p.actor_id IS NULL OR r.user_id IS DISTINCT FROM p.actor_id)
     ORDER BY lower(r.email), r.user_id NULLS LAST`,
    [
      event.hubId,
      subject.adviserId,
      subject.institutionId,
      subject.employerId,
      subject.opportunityId,
      event.actorUserId,
    ],
  )) as { email: string; user_id: string | null; name: string }[];
  return rows.map((r) => ({ email: r.email, userId: r.user_id, name: r.name }));
}
