import { OpenMatchCounts } from './adviser-commitments';
import { AdviserStatus } from './entities/adviser-status.enum';

/**
 * Status changes hub staff may make through an update. PENDING → ACTIVE goes through
 * approval instead, so the adviser hears about it; nothing goes back to PENDING.
 */
const UPDATE_TRANSITIONS: Record<AdviserStatus, readonly AdviserStatus[]> = {
  [AdviserStatus.PENDING]: [AdviserStatus.LEFT],
  [AdviserStatus.ACTIVE]: [AdviserStatus.PAUSED, AdviserStatus.LEFT],
  [AdviserStatus.PAUSED]: [AdviserStatus.ACTIVE, AdviserStatus.LEFT],
  [AdviserStatus.LEFT]: [AdviserStatus.ACTIVE],
};

export function canChangeStatus(from: AdviserStatus, to: AdviserStatus): boolean {
  return from === to || UPDATE_TRANSITIONS[from].includes(to);
}

/** The statuses hub staff may give an adviser they register. */
export const REGISTRATION_STATUSES: readonly AdviserStatus[] = [
  AdviserStatus.ACTIVE,
  AdviserStatus.PENDING,
];

/** What an adviser may change on their own record: contact details, availability and reach. */
export const SELF_EDITABLE_FIELDS = [
  'name',
  'email',
  'phone',
  'jobTitle',
  'availabilityNote',
  'sectors',
  'skills',
  'localAuthorityCodes',
] as const;

/** The input fields given that an adviser may not set on their own record. */
export function fieldsNotSelfEditable(input: object): string[] {
  const allowed: readonly string[] = SELF_EDITABLE_FIELDS;
  return Object.entries(input)
    .filter(([key, value]) => value !== undefined && !allowed.includes(key))
    .map(([key]) => key);
}

/** Personal data: blanked when an adviser is erased, and scrubbed from their audit entries. */
export const PERSONAL_FIELDS = [
  'name',
  'email',
  'phone',
  'jobTitle',
  'availabilityNote',
  'declineNote',
  'userId',
] as const;

/** Trims, drops blanks and duplicates, keeping the first spelling. */
export function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim().replace(/\s+/g, ' ');
    const key = value.toLowerCase();
    if (value && !seen.has(key)) {
      seen.add(key);
      result.push(value);
    }
  }
  return result;
}

export interface CapacityShortfall {
  field: 'maxOneToOne' | 'maxAgile';
  open: number;
  kind: string;
}

/**
 * The capacities an update lowers below the matches the adviser holds open. Raising a capacity
 * that is already below them (set before this rule) is allowed: it only narrows the gap.
 */
export function capacityShortfalls(
  current: { maxOneToOne: number; maxAgile: number },
  next: { maxOneToOne?: number | null; maxAgile?: number | null },
  open: OpenMatchCounts,
): CapacityShortfall[] {
  const checks = [
    { field: 'maxOneToOne', open: open.oneToOne, kind: '1-2-1' },
    { field: 'maxAgile', open: open.agile, kind: 'agile' },
  ] as const;
  return checks.filter(({ field, open: held }) => {
    const value = next[field];
    return typeof value === 'number' && value < current[field] && value < held;
  });
}

/** Whether an update lowers a capacity at all: only then are open matches worth counting. */
export function lowersCapacity(
  current: { maxOneToOne: number; maxAgile: number },
  next: { maxOneToOne?: number | null; maxAgile?: number | null },
): boolean {
  return (
    (typeof next.maxOneToOne === 'number' && next.maxOneToOne < current.maxOneToOne) ||
    (typeof next.maxAgile === 'number' && next.maxAgile < current.maxAgile)
  );
}
