import { ChecklistView, latestChecklist } from './latest-checklist';

const ITEMS = ['PARENTAL_CONSENT', 'SUPERVISOR_NAMED', 'INDUCTION_CONFIRMED'];

function answer(done: Record<string, string>, details: Partial<ChecklistView> = {}): ChecklistView {
  return {
    bookingId: 'b1',
    complete: ITEMS.every((item) => done[item]),
    consentCount: null,
    travelArrangements: null,
    supervisorName: null,
    supervisorRole: null,
    items: ITEMS.map((item) => ({ item, party: 'EMPLOYER', completedAt: done[item] ?? null })),
    ...details,
  };
}

describe('latestChecklist', () => {
  it('keeps an item done when an older answer arrives after a newer one', () => {
    const older = answer({ PARENTAL_CONSENT: '2026-12-01' }, { consentCount: 3 });
    const newer = answer(
      {
        PARENTAL_CONSENT: '2026-12-01',
        SUPERVISOR_NAMED: '2026-12-02',
        INDUCTION_CONFIRMED: '2026-12-02',
      },
      { consentCount: 3, supervisorName: 'Lee Morgan', supervisorRole: 'Depot manager' },
    );
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const view = latestChecklist(order);
      expect(view.complete).toBe(true);
      expect(view.items.map((i) => i.completedAt)).toEqual([
        '2026-12-01',
        '2026-12-02',
        '2026-12-02',
      ]);
      expect(view).toMatchObject({
        consentCount: 3,
        supervisorName: 'Lee Morgan',
        supervisorRole: 'Depot manager',
      });
    }
  });

  it('joins two answers that each know of one completion', () => {
    const a = answer({ SUPERVISOR_NAMED: '2026-12-02' }, { supervisorName: 'Lee Morgan' });
    const b = answer({ INDUCTION_CONFIRMED: '2026-12-02' });
    const view = latestChecklist([a, null, b]);
    expect(view.items.map((i) => i.completedAt)).toEqual([null, '2026-12-02', '2026-12-02']);
    expect(view.complete).toBe(false);
    expect(view.supervisorName).toBe('Lee Morgan');
  });

  it('is the one answer when there is one', () => {
    const only = answer({});
    expect(latestChecklist([only, undefined])).toEqual(only);
  });
});
