import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { diff, recordAudits } from '../audit/record-audit';
import { pickFields } from './row-outcome';

/** Rows an import adds and changes in one table, and how to write them. */
export interface ImportedRows<Row extends object> {
  /** The audit trail's entity type. */
  entityType: string;
  /** The fields imported, audited as added or changed. */
  fields: readonly (keyof Row & string)[];
  /** $1 the hub, $2 the rows as JSON; answers `id` of each row, in order. */
  insertSql: string;
  /** $1 the hub, $2 the rows as JSON, each with its `id`. */
  updateSql: string;
  creates: Row[];
  updates: { row: Row; before: Row & { id: string | null } }[];
}

/**
 * Updates and inserts an import's rows, a statement each, and records every one in the audit
 * trail as `imported` (the fields of an added row, the changes of a changed one). Answers the ids
 * of the rows added, in order.
 */
export async function writeImportedRows<Row extends object>(
  writer: EntityManager,
  hubId: string,
  actor: Actor | null,
  rows: ImportedRows<Row>,
): Promise<string[]> {
  const { entityType, fields, creates, updates } = rows;
  // Changes first: a row may close what an added row then opens (e.g. an open membership).
  if (updates.length) {
    await writer.query(rows.updateSql, [hubId, JSON.stringify(updates.map((u) => u.row))]);
  }
  const inserted: { id: string }[] = creates.length
    ? await writer.query(rows.insertSql, [hubId, JSON.stringify(creates)])
    : [];
  const audit = (entityId: string, changes: Record<string, unknown>) => ({
    hubId,
    entityType,
    entityId,
    action: 'imported',
    changes,
  });
  await recordAudits(writer, actor, [
    ...creates.map((row, index) => audit(inserted[index].id, pickFields(row, fields))),
    ...updates.map(({ row, before }) =>
      audit(before.id!, diff(pickFields(before, fields), pickFields(row, fields))),
    ),
  ]);
  return inserted.map(({ id }) => id);
}
