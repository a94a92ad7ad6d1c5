import { EntityManager } from 'typeorm';
import { DomainError } from '@chn/core';
import { BookingChecklistEntity } from './booking-checklist.entity';
import { CHECKLIST_ITEMS, ChecklistItem, PARTY_OF } from './checklist-items';
import { BookingChecklist } from './graphql/checklist.types';

/** The column holding each item's completion time. */
export const DONE_AT = {
  PARENTAL_CONSENT: 'consentRecordedAt',
  NEEDS_SHARED: 'needsSharedAt',
  TRAVEL_ARRANGED: 'travelArrangedAt',
  SUPERVISOR_NAMED: 'supervisorNamedAt',
  INDUCTION_CONFIRMED: 'inductionConfirmedAt',
} as const satisfies Record<ChecklistItem, keyof BookingChecklistEntity>;

/** The items not yet done on a checklist (all of them when there is none yet). */
export function openItems(row: BookingChecklistEntity | null): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((item) => !row?.[DONE_AT[item]]);
}

/** Refuses attendance on a booking whose checklist has open items; call under the booking's lock. */
export async function assertChecklistComplete(
  manager: EntityManager,
  bookingId: string,
): Promise<void> {
  const open = openItems(await manager.findOneBy(BookingChecklistEntity, { bookingId }));
  if (open.length) {
    throw DomainError.conflict(
      'CHECKLIST_INCOMPLETE',
      `The checklist has open items: ${open.join(', ')}`,
    );
  }
}

export function presentChecklist(
  bookingId: string,
  row: BookingChecklistEntity | null,
): BookingChecklist {
  const items = CHECKLIST_ITEMS.map((item) => ({
    item,
    party: PARTY_OF[item],
    completedAt: row?.[DONE_AT[item]] ?? null,
  }));
  return {
    bookingId,
    items,
    complete: items.every((i) => i.completedAt),
    consentCount: row?.consentCount ?? null,
    travelArrangements: row?.travelArrangements ?? null,
    supervisorName: row?.supervisorName ?? null,
    supervisorRole: row?.supervisorRole ?? null,
  };
}
