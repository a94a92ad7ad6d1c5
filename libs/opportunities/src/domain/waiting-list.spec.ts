import { choosePromotions, compareWaitingPriority, WaitingEntry } from './waiting-list';

const entry = (id: string, over: Partial<WaitingEntry> = {}): WaitingEntry => ({
  bookingId: id,
  places: 1,
  fsmPercent: 20,
  placeDaysBooked: 0,
  requestedAt: new Date('2025-10-01T09:00:00Z'),
  ...over,
});

const order = (entries: WaitingEntry[]) =>
  [...entries].sort(compareWaitingPriority).map((e) => e.bookingId);

describe('waiting-list priority', () => {
  it('puts the higher FSM % first and unknown FSM last', () => {
    expect(
      order([
        entry('low', { fsmPercent: 10 }),
        entry('none', { fsmPercent: null }),
        entry('high', { fsmPercent: 45.5 }),
      ]),
    ).toEqual(['high', 'low', 'none']);
  });

  it('then the institution with fewer place-days booked this year', () => {
    expect(
      order([entry('busy', { placeDaysBooked: 12.5 }), entry('new', { placeDaysBooked: 0 })]),
    ).toEqual(['new', 'busy']);
  });

  it('then the earliest request', () => {
    expect(
      order([
        entry('later', { requestedAt: new Date('2025-10-02T09:00:00Z') }),
        entry('sooner', { requestedAt: new Date('2025-10-01T08:00:00Z') }),
      ]),
    ).toEqual(['sooner', 'later']);
  });

  it('offers freed places in priority order to every booking that still fits', () => {
    const entries = [
      entry('first-too-big', { fsmPercent: 60, places: 3 }),
      entry('second', { fsmPercent: 40, places: 1 }),
      entry('third', { fsmPercent: 30, places: 1 }),
      entry('fourth', { fsmPercent: 20, places: 1 }),
    ];
    expect(choosePromotions(entries, 2).map((e) => e.bookingId)).toEqual(['second', 'third']);
    expect(choosePromotions(entries, 3).map((e) => e.bookingId)).toEqual(['first-too-big']);
    expect(choosePromotions(entries, 0)).toEqual([]);
  });
});
