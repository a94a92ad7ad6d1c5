import { EntityManager } from 'typeorm';
import { UserEntity } from '@chn/identity';
import { ADVISER_ENTITY_TYPE } from '../adviser-audit';
import { AdviserEntity } from '../entities/adviser.entity';
import { AdviserDataSubject } from './adviser-data-extensions.service';

/**
 * Every name and address held for an adviser: on their record and account now, and the former
 * ones their audit trail remembers (a notification sent before a change still names them).
 */
export async function adviserDataSubject(
  manager: EntityManager,
  adviser: AdviserEntity,
  account: UserEntity | null,
): Promise<AdviserDataSubject> {
  const history = (await manager.query(
    `SELECT DISTINCT c.key, v.value
       FROM audit_log a
       CROSS JOIN LATERAL jsonb_each(a.changes) c
       CROSS JOIN LATERAL (VALUES (c.value ->> 'from'), (c.value ->> 'to')) v(value)
      WHERE a.entity_type = $1 AND a.entity_id = $2 AND c.key IN ('name', 'email')
        AND jsonb_typeof(c.value) = 'object' AND v.value IS NOT NULL`,
    [ADVISER_ENTITY_TYPE, adviser.id],
  )) as { key: 'name' | 'email'; value: string }[];
  const values = (key: 'name' | 'email', ...current: (string | null | undefined)[]) => [
    ...new Set(
      [...current, ...history.filter((h) => h.key === key).map((h) => h.value)]
        .filter((v): v is string => Boolean(v?.trim()))
        .map((v) => (key === 'email' ? v.trim().toLowerCase() : v.trim())),
    ),
  ];
  return {
    adviserId: adviser.id,
    hubId: adviser.hubId,
    userId: account?.id ?? null,
    names: values('name', adviser.name, account?.name),
    emails: values('email', adviser.email, account?.email),
  };
}
