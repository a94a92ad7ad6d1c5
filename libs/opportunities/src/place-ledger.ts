import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Clock, recordAudit } from '@chn/core';
import { recordBookingEvent } from './booking-events';
import { takesRequests } from './domain/opportunity-dates';
import { BookingStatus, HOLDING_STATUSES } from './domain/opportunity.enums';
import { choosePromotions } from './domain/waiting-list';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import { waitingListsOf } from './waiting-lists';

/**
 * The places of an opportunity, inside a transaction that already holds the opportunity row
 * lock (`lockOpportunity`). Every booking change goes through here, so the held-places counter
 * and the bookings always agree.
 */
@Injectable()
export class PlaceLedger {
  constructor(private readonly clock: Clock) {}

  /** Locks the opportunity row until the transaction ends: booking changes queue up behind it. */
  async lockOpportunity(manager: EntityManager, id: string): Promise<OpportunityEntity | null> {
    return manager
      .createQueryBuilder(OpportunityEntity, 'o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
  }

  /** Places held by REQUESTED and CONFIRMED bookings, summed from the bookings themselves. */
  async heldPlaces(manager: EntityManager, opportunityId: string): Promise<number> {
    const [{ held }] = await manager.query(
      `SELECT COALESCE(SUM(places), 0)::int AS held FROM bookings
       WHERE opportunity_id = $1 AND status = ANY($2::booking_status[])`,
      [opportunityId, HOLDING_STATUSES],
    );
    return held as number;
  }

  /** Moves the held-places counter; its CHECK refuses to pass the opportunity's total. */
  async adjustHeld(manager: EntityManager, opportunityId: string, delta: number): Promise<void> {
    if (delta === 0) return;
    await manager.query('UPDATE opportunities SET places_held = places_held + $2 WHERE id = $1', [
      opportunityId,
      delta,
    ]);
  }

  /**
   * Offers freed places to the waiting list by the priority rule (domain/waiting-list.ts):
   * each chosen booking becomes REQUESTED and holds its places again. Once the opportunity has
   * started (or is no longer published) nobody is offered a place they could not take up.
   */
  async promoteWaitingList(
    manager: EntityManager,
    actor: Actor,
    opportunity: OpportunityEntity,
  ): Promise<BookingEntity[]> {
    if (!takesRequests(opportunity, this.clock.today())) return [];
    const free = opportunity.totalPlaces - (await this.heldPlaces(manager, opportunity.id));
    if (free <= 0) return [];
    const entries = (await waitingListsOf(manager, [opportunity])).get(opportunity.id) ?? [];
    const promoted: BookingEntity[] = [];
    for (const entry of choosePromotions(entries, free)) {
      await manager.update(
        BookingEntity,
        { id: entry.bookingId },
        { status: BookingStatus.REQUESTED, placeOfferedAt: this.clock.now() },
      );
      await this.adjustHeld(manager, opportunity.id, entry.places);
      const booking = await manager.findOneByOrFail(BookingEntity, { id: entry.bookingId });
      await recordBookingEvent(manager, actor, booking, {
        type: 'booking.place_offered',
        status: booking.status,
      });
      await recordAudit(manager, actor, {
        hubId: booking.hubId,
        entityType: 'booking',
        entityId: booking.id,
        action: 'place_offered',
        changes: { status: { from: BookingStatus.WAITLISTED, to: BookingStatus.REQUESTED } },
      });
      promoted.push(booking);
    }
    return promoted;
  }
}
