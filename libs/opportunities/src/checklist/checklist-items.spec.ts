import { ChecklistItem, ChecklistParty, handOffAfter } from './checklist-items';

describe('handOffAfter', () => {
  it('hands to the employer when the school finishes its items', () => {
    expect(handOffAfter(ChecklistItem.TRAVEL_ARRANGED, [ChecklistItem.SUPERVISOR_NAMED])).toBe(
      ChecklistParty.EMPLOYER,
    );
  });

  it('tells nobody while the same side still owes the next item', () => {
    expect(
      handOffAfter(ChecklistItem.PARENTAL_CONSENT, [
        ChecklistItem.NEEDS_SHARED,
        ChecklistItem.SUPERVISOR_NAMED,
      ]),
    ).toBeNull();
  });

  it('hands back to the school when the employer goes first', () => {
    expect(handOffAfter(ChecklistItem.SUPERVISOR_NAMED, [ChecklistItem.PARENTAL_CONSENT])).toBe(
      ChecklistParty.INSTITUTION,
    );
  });

  it('tells the other side when the last item is done', () => {
    expect(handOffAfter(ChecklistItem.INDUCTION_CONFIRMED, [])).toBe(ChecklistParty.INSTITUTION);
    expect(handOffAfter(ChecklistItem.NEEDS_SHARED, [])).toBe(ChecklistParty.EMPLOYER);
  });
});
