import { ImportAction, ImportRowOutcome } from './bulk-import.types';

/** The fields whose values differ (compared as JSON, null and undefined alike). */
export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return fields.filter((field) => !same(before[field], after[field]));
}

/**
 * What a row does to a record: adds it when none is held, else updates the fields that differ
 * (listed in `changes`), or leaves it unchanged.
 */
export function rowOutcome<T extends object>(
  line: number,
  key: string,
  before: T | null | undefined,
  after: T,
  fields: readonly (keyof T & string)[],
): ImportRowOutcome {
  if (!before) return { line, key, action: ImportAction.CREATED, changes: null };
  const changed = changedFields(before, after, fields);
  return {
    line,
    key,
    action: changed.length > 0 ? ImportAction.UPDATED : ImportAction.UNCHANGED,
    changes: changed.length > 0 ? changed.join(', ') : null,
  };
}

/** Picks the named fields of a record, e.g. for the audit trail's before and after. */
export function pickFields<T extends object>(
  row: T,
  fields: readonly (keyof T & string)[],
): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, row[field]]));
}
