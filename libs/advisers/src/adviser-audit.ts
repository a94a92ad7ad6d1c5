import { EntityManager } from 'typeorm';
import { Actor, diff, recordAudit } from '@chn/core';
import { AdviserEntity } from './entities/adviser.entity';

export const ADVISER_ENTITY_TYPE = 'adviser';

/** The fields of an adviser the audit trail follows. */
export function auditable(adviser: AdviserEntity): Record<string, unknown> {
  return {
    name: adviser.name,
    email: adviser.email,
    phone: adviser.phone,
    jobTitle: adviser.jobTitle,
    employerId: adviser.employerId,
    userId: adviser.userId,
    sectors: adviser.sectors,
    skills: adviser.skills,
    localAuthorityCodes: adviser.localAuthorityCodes,
    maxOneToOne: adviser.maxOneToOne,
    maxAgile: adviser.maxAgile,
    availabilityNote: adviser.availabilityNote,
    status: adviser.status,
    declineReason: adviser.declineReason,
    declineNote: adviser.declineNote,
    inductionCompletedOn: adviser.inductionCompletedOn,
    dbsCheckedOn: adviser.dbsCheckedOn,
    sendApExperience: adviser.sendApExperience,
  };
}

/** Records what changed on an adviser, inside the caller's transaction; nothing when nothing did. */
export async function auditAdviser(
  manager: EntityManager,
  actor: Actor | null,
  adviser: AdviserEntity,
  action: string,
  before: Record<string, unknown>,
  after: Record<string, unknown> = auditable(adviser),
): Promise<void> {
  const changes = diff(before, after);
  if (Object.keys(changes).length === 0 && action === 'updated') return;
  await recordAudit(manager, actor, {
    hubId: adviser.hubId,
    entityType: ADVISER_ENTITY_TYPE,
    entityId: adviser.id,
    action,
    changes,
  });
}
