import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor, readableHubs, Role, whereInHubs } from '@chn/core';

const NO_ONE = '00000000-0000-0000-0000-000000000000';

/**
 * Restricts a query on programmes (alias `alias`) to what the actor may see: the hub team and
 * viewers every programme of their hub; a careers leader those their institution takes part in;
 * an employer contact those their employer hosts; an adviser none.
 */
export function whereProgrammeVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  actor: Actor,
  requestedHubId?: string | null,
): SelectQueryBuilder<T> {
  whereInHubs(query, `${alias}.hub_id`, readableHubs(actor, requestedHubId));
  switch (actor.role) {
    case Role.HUB_ADMIN:
    case Role.HUB_STAFF:
    case Role.VIEWER:
      return query;
    case Role.CAREERS_LEADER:
      return query.andWhere(
        `EXISTS (SELECT 1 FROM programme_participants vp JOIN institutions vi ON vi.id = vp.institution_id
                 WHERE vp.programme_id = ${alias}.id AND vi.careers_leader_id = :visibleLeader)`,
        { visibleLeader: actor.userId },
      );
    case Role.EMPLOYER:
      return query.andWhere(
        `EXISTS (SELECT 1 FROM programme_hosts vh
                 WHERE vh.programme_id = ${alias}.id AND vh.employer_id = :visibleHost)`,
        { visibleHost: actor.employerId ?? NO_ONE },
      );
    case Role.ADVISER:
      return query.andWhere('false');
    default: {
      const unhandled: never = actor.role;
      throw new Error(`No programme visibility rule for ${String(unhandled)}`);
    }
  }
}

/**
 * Whether the actor sees every participant and session of a programme they may see: all but a
 * careers leader, who sees only their own institution's.
 */
export function seesWholeProgramme(actor: Actor): boolean {
  return actor.role !== Role.CAREERS_LEADER;
}
