import { EntityManager } from 'typeorm';

/** What an erased field's value becomes in the audit trail. */
export const ERASED_VALUE = 'erased';

/**
 * Replaces the values of the fields in every audit entry of one record with `"erased"`, inside
 * the caller's transaction: the trail keeps that they changed, and when, but not what they held.
 */
export async function eraseAuditFields(
  manager: EntityManager,
  entityType: string,
  entityId: string,
  fields: readonly string[],
): Promise<void> {
  await manager.query(
    `UPDATE audit_log SET changes = (
       SELECT coalesce(jsonb_object_agg(key,
                CASE WHEN key = ANY($3) THEN to_jsonb($4::text) ELSE value END), '{}'::jsonb)
         FROM jsonb_each(changes))
      WHERE entity_type = $1 AND entity_id = $2 AND changes ?| $3`,
    [entityType, entityId, fields, ERASED_VALUE],
  );
}
