import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../auth/actor';
import { AuditEntryEntity } from './audit-entry.entity';

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
  const row: QueryDeepPartialEntity<AuditEntryEntity> = {
    hubId: record.hubId,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    actorApiKeyId: actor?.apiKeyId ?? null,
    entityType: record.entityType,
    entityId: record.entityId,
    action: record.action,
    changes: (record.changes ?? {}) as QueryDeepPartialEntity<Record<string, unknown>>,
  };
  await manager.insert(AuditEntryEntity, row);
}
