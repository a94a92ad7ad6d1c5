import { DataSource } from 'typeorm';
import { Actor, DomainError, HUB_TEAM, isNationalAdmin, readableHubs, Role } from '@chn/core';

/**
 * The hub whose figures an actor reads, by the shared hub-scoping rule: their own, or for a
 * national administrator the one they name, which must exist.
 */
export async function reportedHubOf(
  db: DataSource,
  actor: Actor,
  requestedHubId?: string | null,
): Promise<string> {
  const scope = readableHubs(actor, requestedHubId);
  if (!scope) {
    throw DomainError.validation('HUB_REQUIRED', 'Name the hub (hubId) to report on', [
      { field: 'hubId', messages: ['hubId is required for a national administrator'] },
    ]);
  }
  const [hubId] = scope;
  if (isNationalAdmin(actor)) {
    const [hub] = await db.query<{ id: string }[]>('SELECT id FROM hubs WHERE id = $1', [hubId]);
    if (!hub) throw DomainError.notFound('hub', hubId);
  }
  return hubId;
}

export interface InstitutionRef {
  id: string;
  hubId: string;
  careersLeaderId: string | null;
}

/**
 * The institution, when the actor may see its reports: hub staff, viewers and national
 * administrators of its hub, or its own careers leader. Anyone else gets NOT_FOUND.
 * With `write`, viewers are refused too.
 */
export async function reportableInstitution(
  db: DataSource,
  actor: Actor,
  institutionId: string,
  access: 'read' | 'write',
): Promise<InstitutionRef> {
  const [row] = await db.query<{ id: string; hub_id: string; careers_leader_id: string | null }[]>(
    'SELECT id, hub_id, careers_leader_id FROM institutions WHERE id = $1',
    [institutionId],
  );
  const institution = row && {
    id: row.id,
    hubId: row.hub_id,
    careersLeaderId: row.careers_leader_id,
  };
  const ownLeader =
    actor.role === Role.CAREERS_LEADER && institution?.careersLeaderId === actor.userId;
  const hubReader =
    isNationalAdmin(actor) ||
    (institution?.hubId === actor.hubId &&
      (HUB_TEAM.includes(actor.role) || (access === 'read' && actor.role === Role.VIEWER)));
  if (!institution || !(ownLeader || hubReader)) {
    throw DomainError.notFound('institution', institutionId);
  }
  return institution;
}
