import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../auth/actor';
import { AuditEntryEntity } from './audit-entry.entity';

/** Entries per statement of a bulk append. */
const AUDIT_CHUNK = 5000;

const BULK_AUDIT_SQL = `
  INSERT INTO audit_log (hub_id, actor_user_id, actor_role, actor_api_key_id, entity_type,
    entity_id, action, changes)
  SELECT r."hubId", $2, $3, $4, r."entityType", r."entityId", r.action, r.changes
  FROM jsonb_to_recordset($1::jsonb) AS r("hubId" uuid, "entityType" varchar, "entityId" uuid,
    action varchar, changes jsonb)`;

export interface AuditRecord {
  hubId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes?: Record<string, unknown>;
}

/** The fields that differ between two versions of a row, as `{ field: { from, to } }`. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}

/** Appends to the audit trail inside the caller's transaction. */
export async function recordAudit(
  manager: EntityManager,
  actor: Actor | null,
  record: AuditRecord,
): Promise<void> {
  await manager.insert(AuditEntryEntity, auditRow(actor, record));
}

/** Appends many entries (imports), a chunk per statement, inside the caller's transaction. */
export async function recordAudits(
  manager: EntityManager,
  actor: Actor | null,
  records: AuditRecord[],
): Promise<void> {
  for (let start = 0; start < records.length; start += AUDIT_CHUNK) {
    const chunk = records.slice(start, start + AUDIT_CHUNK);
    await manager.query(BULK_AUDIT_SQL, [
      JSON.stringify(chunk.map((record) => ({ ...record, changes: record.changes ?? {} }))),
      actor?.userId ?? null,
      actor?.role ?? null,
      actor?.apiKeyId ?? null,
    ]);
  }
}

function auditRow(
  actor: Actor | null,
  record: AuditRecord,
): QueryDeepPartialEntity<AuditEntryEntity> {
  return {
    hubId: record.hubId,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    actorApiKeyId: actor?.apiKeyId ?? null,
    entityType: record.entityType,
    entityId: record.entityId,
    action: record.action,
    changes: (record.changes ?? {}) as QueryDeepPartialEntity<Record<string, unknown>>,
  };
}
