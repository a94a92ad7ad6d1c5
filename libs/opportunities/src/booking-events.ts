import { EntityManager } from 'typeorm';
import { Actor, recordEvent } from '@chn/core';
import { BookingStatus } from './domain/opportunity.enums';
import { BookingEntity } from './entities/booking.entity';

/** A change to a booking that people hear about, with the status it leaves the booking in. */
export type BookingChange =
  | {
      type: 'booking.requested' | 'booking.confirmed' | 'booking.place_offered';
      status: BookingStatus;
    }
  | { type: 'booking.declined' | 'booking.cancelled'; status: BookingStatus; reason: string };

/** Records a booking's domain event, in the caller's transaction, with the booking's figures. */
export function recordBookingEvent(
  manager: EntityManager,
  actor: Actor | null,
  booking: BookingEntity,
  change: BookingChange,
): Promise<void> {
  const event = {
    hubId: booking.hubId,
    aggregateType: 'booking',
    aggregateId: booking.id,
  };
  const payload = {
    opportunityId: booking.opportunityId,
    institutionId: booking.institutionId,
    places: booking.places,
    fsmPlaces: booking.fsmPlaces,
    yearGroup: booking.yearGroup,
    status: change.status,
  };
  return recordEvent(
    manager,
    actor,
    'reason' in change
      ? { ...event, type: change.type, payload: { ...payload, reason: change.reason } }
      : { ...event, type: change.type, payload },
  );
}
