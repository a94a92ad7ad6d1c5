/** A waitlisted booking, with what the priority rule needs to know about its institution. */
export interface WaitingEntry {
  bookingId: string;
  places: number;
  /** The institution's FSM %; null when unknown. */
  fsmPercent: number | null;
  /** Places × length in days over the institution's bookings holding places this academic year. */
  placeDaysBooked: number;
  requestedAt: Date;
}

/**
 * Waiting-list priority (see the library README): higher FSM % first, unknown FSM last; then the
 * institution with fewer place-days already booked this academic year; then the earliest request.
 */
export function compareWaitingPriority(a: WaitingEntry, b: WaitingEntry): number {
  if (a.fsmPercent !== b.fsmPercent) {
    if (a.fsmPercent === null) return 1;
    if (b.fsmPercent === null) return -1;
    return b.fsmPercent - a.fsmPercent;
  }
  if (a.placeDaysBooked !== b.placeDaysBooked) return a.placeDaysBooked - b.placeDaysBooked;
  const byTime = a.requestedAt.getTime() - b.requestedAt.getTime();
  if (byTime !== 0) return byTime;
  return a.bookingId < b.bookingId ? -1 : a.bookingId > b.bookingId ? 1 : 0;
}

/**
 * Which waitlisted bookings to offer `freePlaces` to: in priority order, every booking whose
 * places still fit. A booking too big for what is left keeps its turn for the next release.
 */
export function choosePromotions(
  entries: readonly WaitingEntry[],
  freePlaces: number,
): WaitingEntry[] {
  const chosen: WaitingEntry[] = [];
  let left = freePlaces;
  for (const entry of [...entries].sort(compareWaitingPriority)) {
    if (left <= 0) break;
    if (entry.places <= left) {
      chosen.push(entry);
      left -= entry.places;
    }
  }
  return chosen;
}
