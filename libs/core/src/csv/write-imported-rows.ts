import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { diff, recordAudits } from '../audit/record-audit';
import { changedFields, pickFields } from './row-outcome';

/** The table an import writes its rows into, and how. */
export interface ImportTable<Row extends object> {
  /** The audit trail's entity type. */
  entityType: string;
  /** The fields imported, audited as added or changed. */
  fields: readonly (keyof Row & string)[];
  /** $1 the hub, $2 the rows as JSON; answers `id` of each row, in order. */
  insertSql: string;
  /** $1 the hub, $2 the rows as JSON, each with its `id`. */
  updateSql: string;
}

/** A file's row as it is to be, and the one the hub holds (none when the row is new). */
export interface PlannedRow<Row extends object> {
  row: Row;
  before?: (Row & { id: string | null }) | null;
}

/** A row the import wrote, with its id. */
export interface WrittenRow<Row extends object> {
  row: Row;
  id: string;
}

/**
 * Writes an import's planned rows into one table: adds those the hub does not hold and changes
 * those whose fields differ (a statement each), leaving the rest alone, and records every row
 * written in the audit trail as `imported` (the fields of an added row, the changes of a changed
 * one). Answers the rows added, with their new ids, then the rows changed.
 */
export async function writeImportedRows<Row extends object>(
  writer: EntityManager,
  hubId: string,
  actor: Actor | null,
  table: ImportTable<Row>,
  planned: PlannedRow<Row>[],
): Promise<WrittenRow<Row>[]> {
  const { entityType, fields } = table;
  const creates = planned.filter((p) => !p.before).map((p) => p.row);
  const updates = planned.flatMap(({ row, before }) =>
    before && changedFields(before, row, fields).length > 0 ? [{ row, before }] : [],
  );
  // Changes first: a row may close what an added row then opens (e.g. an open membership).
  if (updates.length) {
    await writer.query(table.updateSql, [hubId, JSON.stringify(updates.map((u) => u.row))]);
  }
  const inserted: { id: string }[] = creates.length
    ? await writer.query(table.insertSql, [hubId, JSON.stringify(creates)])
    : [];
  const added = creates.map((row, index) => ({ row, id: inserted[index].id }));
  const changed = updates.map(({ row, before }) => ({ row, before, id: before.id! }));
  const audit = (entityId: string, changes: Record<string, unknown>) => ({
    hubId,
    entityType,
    entityId,
    action: 'imported',
    changes,
  });
  await recordAudits(writer, actor, [
    ...added.map(({ row, id }) => audit(id, pickFields(row, fields))),
    ...changed.map(({ row, before, id }) =>
      audit(id, diff(pickFields(before, fields), pickFields(row, fields))),
    ),
  ]);
  return [...added, ...changed].map(({ row, id }) => ({ row, id }));
}
