/** The things to be done before pupils attend a booking, in the order they are usually done. */
export enum ChecklistItem {
  PARENTAL_CONSENT = 'PARENTAL_CONSENT',
  NEEDS_SHARED = 'NEEDS_SHARED',
  TRAVEL_ARRANGED = 'TRAVEL_ARRANGED',
  SUPERVISOR_NAMED = 'SUPERVISOR_NAMED',
  INDUCTION_CONFIRMED = 'INDUCTION_CONFIRMED',
}

/** Who completes an item: the booking institution's careers leader, or the employer. */
export enum ChecklistParty {
  INSTITUTION = 'INSTITUTION',
  EMPLOYER = 'EMPLOYER',
}

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = Object.values(ChecklistItem);

export const PARTY_OF: Readonly<Record<ChecklistItem, ChecklistParty>> = {
  PARENTAL_CONSENT: ChecklistParty.INSTITUTION,
  NEEDS_SHARED: ChecklistParty.INSTITUTION,
  TRAVEL_ARRANGED: ChecklistParty.INSTITUTION,
  SUPERVISOR_NAMED: ChecklistParty.EMPLOYER,
  INDUCTION_CONFIRMED: ChecklistParty.EMPLOYER,
};

const other = (party: ChecklistParty) =>
  party === ChecklistParty.INSTITUTION ? ChecklistParty.EMPLOYER : ChecklistParty.INSTITUTION;

/**
 * Who hears once `completed` is done and `open` items remain: the party owing the next open item
 * when that is the other side; the other side when nothing is left (the employer records
 * attendance, the school hears all is ready); nobody while the same side still owes items.
 */
export function handOffAfter(
  completed: ChecklistItem,
  open: readonly ChecklistItem[],
): ChecklistParty | null {
  const completer = PARTY_OF[completed];
  if (open.length === 0) return other(completer);
  const next = PARTY_OF[open[0]];
  return next === completer ? null : next;
}
