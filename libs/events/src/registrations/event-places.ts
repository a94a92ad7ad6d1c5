import { EntityManager } from 'typeorm';
import { recordEvent } from '@chn/core';
import { choosePromotions } from '../domain/hub-event-rules';
import { HubEventRegistrationStatus, HubEventStatus } from '../domain/hub-event.enums';
import { HubEventRegistrationEntity } from '../entities/hub-event-registration.entity';
import { HubEventEntity } from '../entities/hub-event.entity';
import { recordRegistrationEvent } from './registration-events';

/**
 * The places of a hub event, inside a transaction holding the event's row lock (`lockEvent`):
 * every registration that takes or frees places goes through here after the lock, so
 * concurrent registrations queue on the row and never pass the capacity.
 */
export async function lockEvent(
  manager: EntityManager,
  id: string,
): Promise<HubEventEntity | null> {
  return manager
    .createQueryBuilder(HubEventEntity, 'e')
    .setLock('pessimistic_write')
    .where('e.id = :id', { id })
    .getOne();
}

/** Places held by CONFIRMED registrations, summed from the registrations themselves. */
export async function placesTaken(manager: EntityManager, eventId: string): Promise<number> {
  const [{ taken }] = (await manager.query(
    `SELECT COALESCE(SUM(places), 0)::int AS taken FROM hub_event_registrations
     WHERE event_id = $1 AND status = 'CONFIRMED'`,
    [eventId],
  )) as { taken: number }[];
  return taken;
}

/**
 * Offers freed places to the waiting list, in the order it was joined (`choosePromotions`):
 * each chosen registration is CONFIRMED and told so, with the event's calendar file.
 */
export async function promoteWaitingList(
  manager: EntityManager,
  event: HubEventEntity,
  now: Date,
): Promise<void> {
  if (event.status !== HubEventStatus.PUBLISHED || event.startsAt <= now) return;
  const free = event.capacity - (await placesTaken(manager, event.id));
  if (free <= 0) return;
  const waiting = (await manager.query(
    `SELECT id, places FROM hub_event_registrations
     WHERE event_id = $1 AND status = 'WAITLISTED' ORDER BY created_at, id`,
    [event.id],
  )) as { id: string; places: number }[];
  for (const entry of choosePromotions(waiting, free)) {
    await manager.update(
      HubEventRegistrationEntity,
      { id: entry.id },
      { status: HubEventRegistrationStatus.CONFIRMED, placeOfferedAt: now, confirmedAt: now },
    );
    const registration = await manager.findOneByOrFail(HubEventRegistrationEntity, {
      id: entry.id,
    });
    await recordRegistrationEvent(manager, 'hub_event.place_offered', registration);
  }
}

/** Records that the event was cancelled, for everyone registered or waiting to hear once. */
export function recordCancellation(
  manager: EntityManager,
  event: HubEventEntity,
  reason: string,
): Promise<void> {
  return recordEvent(manager, null, {
    type: 'hub_event.cancelled',
    hubId: event.hubId,
    aggregateType: 'hub_event',
    aggregateId: event.id,
    payload: { eventId: event.id, title: event.title, reason },
  });
}
