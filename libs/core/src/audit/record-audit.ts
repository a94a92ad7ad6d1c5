import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../auth/actor';
import { AuditEntryEntity } from './audit-entry.entity';

/** Rows per insert, well under PostgreSQL's limit of bind parameters. */
const AUDIT_CHUNK = 1000;

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
  await recordAudits(manager, actor, [record]);
}

/** Appends many entries in one statement (imports), inside the caller's transaction. */
export async function recordAudits(
  manager: EntityManager,
  actor: Actor | null,
  records: AuditRecord[],
): Promise<void> {
  for (let start = 0; start < records.length; start += AUDIT_CHUNK) {
    const chunk = records.slice(start, start + AUDIT_CHUNK);
    await manager.insert(
      AuditEntryEntity,
      chunk.map((record) => auditRow(actor, record)),
    );
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
