import { EntityManager } from 'typeorm';
import { recordEvent } from '@chn/core';
import { HubEventRegistrationEntity } from '../entities/hub-event-registration.entity';

type RegistrationEventType =
  | 'hub_event.registration_confirmed'
  | 'hub_event.waitlisted'
  | 'hub_event.place_offered'
  | 'hub_event.follow_up';

/**
 * Records a registration's domain event. The registrant hears it even when they caused it
 * (registering themselves), so the event carries no actor: the audit log says who did it.
 */
export function recordRegistrationEvent(
  manager: EntityManager,
  type: RegistrationEventType,
  registration: HubEventRegistrationEntity,
): Promise<void> {
  const event = {
    hubId: registration.hubId,
    aggregateType: 'hub_event_registration',
    aggregateId: registration.id,
  };
  const ids = { eventId: registration.eventId, registrationId: registration.id };
  if (type === 'hub_event.follow_up') {
    return recordEvent(manager, null, { ...event, type, payload: ids });
  }
  return recordEvent(manager, null, {
    ...event,
    type,
    payload: { ...ids, places: registration.places, status: registration.status },
  });
}
