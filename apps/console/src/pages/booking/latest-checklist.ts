/** What the console shows of a booking's checklist, from the query or from a completion's answer. */
export interface ChecklistView {
  bookingId: string;
  complete: boolean;
  consentCount?: number | null;
  travelArrangements?: string | null;
  supervisorName?: string | null;
  supervisorRole?: string | null;
  items: { item: string; party: string; completedAt?: unknown }[];
}

/**
 * The checklist as the newest of several answers knows it. An item, once done, is never undone
 * and its details never change, so every answer is a true but perhaps older view: an item is
 * done when any answer says so. Answers can arrive out of order (a completion's own answer and
 * the page's refetches), and the page must never show an item as still to do once it is done.
 */
export function latestChecklist<T extends ChecklistView>(answers: (T | null | undefined)[]): T {
  const known = answers.filter((a): a is T => Boolean(a));
  const [first] = known;
  const pick = <K extends keyof T>(key: K) =>
    known.find((a) => a[key] != null)?.[key] ?? first[key];
  const items = first.items.map((item) => ({
    ...item,
    completedAt:
      known
        .map((a) => a.items.find((i) => i.item === item.item)?.completedAt)
        .find((done) => done != null) ?? null,
  }));
  return {
    ...first,
    consentCount: pick('consentCount'),
    travelArrangements: pick('travelArrangements'),
    supervisorName: pick('supervisorName'),
    supervisorRole: pick('supervisorRole'),
    items,
    complete: items.every((item) => item.completedAt != null),
  };
}
