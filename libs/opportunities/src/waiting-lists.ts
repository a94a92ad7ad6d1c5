import { EntityManager } from 'typeorm';
import { academicYearOf } from '@chn/core';
import { HOLDING_STATUSES } from './domain/opportunity.enums';
import { compareWaitingPriority, WaitingEntry } from './domain/waiting-list';

/**
 * The waiting lists of several opportunities in one query, each list in priority order
 * (domain/waiting-list.ts), keyed by opportunity id; an opportunity with none is absent.
 */
export async function waitingListsOf(
  manager: EntityManager,
  opportunities: readonly { id: string; startsOn: string }[],
): Promise<Map<string, WaitingEntry[]>> {
  const lists = new Map<string, WaitingEntry[]>();
  if (opportunities.length === 0) return lists;
  const years = opportunities.map((o) => academicYearOf(o.startsOn));
  const rows: {
    id: string;
    opportunity_id: string;
    places: number;
    fsm_percent: string | null;
    place_days: string;
    created_at: Date;
  }[] = await manager.query(
    `SELECT b.id, b.opportunity_id, b.places, b.created_at, i.fsm_percent,
       COALESCE((
         SELECT SUM(held.places * held_opportunity.length_days)
         FROM bookings held
         JOIN opportunities held_opportunity ON held_opportunity.id = held.opportunity_id
         WHERE held.institution_id = b.institution_id
           AND held.status = ANY($4::booking_status[])
           AND held_opportunity.starts_on BETWEEN w.year_start AND w.year_end
       ), 0) AS place_days
     FROM unnest($1::uuid[], $2::date[], $3::date[]) AS w(opportunity_id, year_start, year_end)
     JOIN bookings b ON b.opportunity_id = w.opportunity_id AND b.status = 'WAITLISTED'
     JOIN institutions i ON i.id = b.institution_id`,
    [
      opportunities.map((o) => o.id),
      years.map((y) => y.startsOn),
      years.map((y) => y.endsOn),
      HOLDING_STATUSES,
    ],
  );
  for (const row of rows) {
    const list = lists.get(row.opportunity_id) ?? [];
    list.push({
      bookingId: row.id,
      places: row.places,
      fsmPercent: row.fsm_percent === null ? null : Number(row.fsm_percent),
      placeDaysBooked: Number(row.place_days),
      requestedAt: row.created_at,
    });
    lists.set(row.opportunity_id, list);
  }
  for (const list of lists.values()) list.sort(compareWaitingPriority);
  return lists;
}
