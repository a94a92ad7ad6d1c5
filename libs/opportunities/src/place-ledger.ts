import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { academicYearOf, Actor, recordAudit } from '@chn/core';
import { recordBookingEvent } from './booking-events';
import { BookingStatus, HOLDING_STATUSES, OpportunityStatus } from './domain/opportunity.enums';
import { choosePromotions, WaitingEntry } from './domain/waiting-list';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';

/**
 * The places of an opportunity, inside a transaction that already holds the opportunity row
 * lock (`lockOpportunity`). Every booking change goes through here, so the held-places counter
 * and the bookings always agree.
 */
@Injectable()
export class PlaceLedger {
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
   * each chosen booking becomes REQUESTED and holds its places again.
   */
  async promoteWaitingList(
    manager: EntityManager,
    actor: Actor,
    opportunity: OpportunityEntity,
  ): Promise<BookingEntity[]> {
    if (opportunity.status === OpportunityStatus.CANCELLED) return [];
    const free = opportunity.totalPlaces - (await this.heldPlaces(manager, opportunity.id));
    if (free <= 0) return [];
    const year = academicYearOf(opportunity.startsOn);
    const rows: {
      id: string;
      places: number;
      fsm_percent: string | null;
      place_days: string;
      created_at: Date;
    }[] = await manager.query(
      `SELECT b.id, b.places, b.created_at, i.fsm_percent,
         COALESCE((
           SELECT SUM(held.places * held_opportunity.length_days)
           FROM bookings held
           JOIN opportunities held_opportunity ON held_opportunity.id = held.opportunity_id
           WHERE held.institution_id = b.institution_id
             AND held.status = ANY($2::booking_status[])
             AND held_opportunity.starts_on BETWEEN $3 AND $4
         ), 0) AS place_days
       FROM bookings b
       JOIN institutions i ON i.id = b.institution_id
       WHERE b.opportunity_id = $1 AND b.status = 'WAITLISTED'`,
      [opportunity.id, HOLDING_STATUSES, year.startsOn, year.endsOn],
    );
    const entries: WaitingEntry[] = rows.map((row) => ({
      bookingId: row.id,
      places: row.places,
      fsmPercent: row.fsm_percent === null ? null : Number(row.fsm_percent),
      placeDaysBooked: Number(row.place_days),
      requestedAt: row.created_at,
    }));
    const promoted: BookingEntity[] = [];
    for (const entry of choosePromotions(entries, free)) {
      await manager.update(
        BookingEntity,
        { id: entry.bookingId },
        { status: BookingStatus.REQUESTED, placeOfferedAt: new Date() },
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
