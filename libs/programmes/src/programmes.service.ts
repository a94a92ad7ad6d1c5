import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  assertWithinPlanningHorizon,
  Clock,
  ConnectionShape,
  diff,
  DomainError,
  hubForWrite,
  isHubTeamOf,
  leanMany,
  paginate,
  parseAcademicYear,
  recordAudit,
} from '@chn/core';
import { ProgrammeHostEntity } from './entities/programme-host.entity';
import { ProgrammeParticipantEntity } from './entities/programme-participant.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammeSessionEntity } from './entities/programme-session.entity';
import {
  CreateProgrammeInput,
  ProgrammesArgs,
  UpdateProgrammeInput,
} from './graphql/programme.inputs';
import { seesWholeProgramme, whereProgrammeVisible } from './programme-visibility';

/** Snapshot of the fields the audit trail follows. */
function auditView(p: ProgrammeEntity, hostEmployerIds: string[]): Record<string, unknown> {
  return {
    name: p.name,
    kind: p.kind,
    description: p.description,
    sectors: p.sectors,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    hostEmployerIds,
  };
}

const uniqueSectors = (sectors: string[]) => [...new Set(sectors.map((s) => s.trim()))];

/** Programmes of a hub: who may see them, and the hub team's changes to them. */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, args: ProgrammesArgs): Promise<ConnectionShape<ProgrammeEntity>> {
    const query = whereProgrammeVisible(
      this.db.getRepository(ProgrammeEntity).createQueryBuilder('p'),
      'p',
      actor,
      args.hubId,
    );
    if (args.academicYear) {
      const year = parseAcademicYear(args.academicYear);
      query.andWhere('p.starts_on <= :yearEnds AND p.ends_on >= :yearStarts', {
        yearStarts: year.startsOn,
        yearEnds: year.endsOn,
      });
    }
    return paginate(query, args, {
      sortExpression: 'p.starts_on',
      sortValue: (p) => p.startsOn,
      idExpression: 'p.id',
      id: (p) => p.id,
    });
  }

  async get(actor: Actor, id: string): Promise<ProgrammeEntity> {
    const query = this.db.getRepository(ProgrammeEntity).createQueryBuilder('p');
    const programme = await whereProgrammeVisible(query, 'p', actor)
      .andWhere('p.id = :id', { id })
      .getOne();
    if (!programme) throw DomainError.notFound('programme', id);
    return programme;
  }

  /** Host employer ids per programme, in one query: for the Programme.hostEmployers loader. */
  async hostsOf(programmeIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db
      .getRepository(ProgrammeHostEntity)
      .createQueryBuilder('h')
      .where('h.programme_id = ANY(:programmeIds)', { programmeIds })
      .orderBy('h.created_at', 'ASC')
      .addOrderBy('h.employer_id', 'ASC')
      .getMany();
    return group(
      rows,
      (row) => row.programmeId,
      (row) => row.employerId,
    );
  }

  /**
   * Participants per programme the actor may see, in one query: all of them, or a careers
   * leader's own institution's only.
   */
  async participantsOf(
    actor: Actor,
    programmeIds: readonly string[],
  ): Promise<Map<string, ProgrammeParticipantEntity[]>> {
    const query = this.db
      .getRepository(ProgrammeParticipantEntity)
      .createQueryBuilder('pp')
      .innerJoin('institutions', 'i', 'i.id = pp.institution_id')
      .where('pp.programme_id = ANY(:programmeIds)', { programmeIds })
      .orderBy('i.name', 'ASC')
      .addOrderBy('pp.id', 'ASC');
    if (!seesWholeProgramme(actor)) {
      query.andWhere('i.careers_leader_id = :leader', { leader: actor.userId });
    }
    return group(await leanMany(query), (row) => row.programmeId);
  }

  /** Sessions per programme the actor may see, by date: as `participantsOf`. */
  async sessionsOf(
    actor: Actor,
    programmeIds: readonly string[],
  ): Promise<Map<string, ProgrammeSessionEntity[]>> {
    const query = this.db
      .getRepository(ProgrammeSessionEntity)
      .createQueryBuilder('s')
      .where('s.programme_id = ANY(:programmeIds)', { programmeIds })
      .orderBy('s.held_on', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (!seesWholeProgramme(actor)) {
      query
        .innerJoin('institutions', 'i', 'i.id = s.institution_id')
        .andWhere('i.careers_leader_id = :leader', { leader: actor.userId });
    }
    return group(await leanMany(query), (row) => row.programmeId);
  }

  async create(actor: Actor, input: CreateProgrammeInput): Promise<ProgrammeEntity> {
    const hubId = hubForWrite(actor, input.hubId);
    this.assertDates(input.startsOn, input.endsOn);
    const hosts = [...new Set(input.hostEmployerIds ?? [])];
    return this.db.transaction(async (manager) => {
      const [hub] = await manager.query<unknown[]>('SELECT 1 FROM hubs WHERE id = $1', [hubId]);
      if (!hub) throw DomainError.notFound('hub', hubId);
      await assertNetworkEmployers(manager, hubId, hosts);
      const programme = await manager.save(
        manager.create(ProgrammeEntity, {
          hubId,
          name: input.name.trim(),
          kind: input.kind,
          description: input.description.trim(),
          sectors: uniqueSectors(input.sectors),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        }),
      );
      await addHosts(manager, programme, hosts);
      await recordAudit(manager, actor, {
        hubId,
        entityType: 'programme',
        entityId: programme.id,
        action: 'created',
        changes: auditView(programme, hosts),
      });
      return programme;
    });
  }

  async update(actor: Actor, id: string, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    return this.db.transaction(async (manager) => {
      const programme = await this.lockManageable(manager, actor, id, 'pessimistic_write');
      const beforeHosts = await hostIds(manager, id);
      const before = auditView(programme, beforeHosts);
      const startsOn = input.startsOn ?? programme.startsOn;
      const endsOn = input.endsOn ?? programme.endsOn;
      this.assertDates(startsOn, endsOn);
      const [outside] = await manager.query<{ sessions: number }[]>(
        `SELECT count(*)::int AS sessions FROM programme_sessions
         WHERE programme_id = $1 AND (held_on < $2::date OR held_on > $3::date)`,
        [id, startsOn, endsOn],
      );
      if (outside.sessions > 0) {
        throw DomainError.validation(
          'PROGRAMME_SESSIONS_OUTSIDE_DATES',
          `${outside.sessions} recorded session(s) would fall outside ${startsOn} to ${endsOn}`,
          [{ field: input.startsOn ? 'startsOn' : 'endsOn', messages: ['sessions fall outside'] }],
        );
      }
      let hosts = beforeHosts;
      if (input.hostEmployerIds) {
        hosts = [...new Set(input.hostEmployerIds)];
        await assertNetworkEmployers(
          manager,
          programme.hubId,
          hosts.filter((host) => !beforeHosts.includes(host)),
        );
        await manager.query(
          'DELETE FROM programme_hosts WHERE programme_id = $1 AND NOT (employer_id = ANY($2::uuid[]))',
          [id, hosts],
        );
        await addHosts(manager, programme, hosts);
      }
      if (input.name !== undefined) programme.name = input.name.trim();
      if (input.kind !== undefined) programme.kind = input.kind;
      if (input.description !== undefined) programme.description = input.description.trim();
      if (input.sectors !== undefined) programme.sectors = uniqueSectors(input.sectors);
      programme.startsOn = startsOn;
      programme.endsOn = endsOn;
      const saved = await manager.save(programme);
      const changes = diff(before, auditView(saved, hosts));
      if (Object.keys(changes).length > 0) {
        await recordAudit(manager, actor, {
          hubId: programme.hubId,
          entityType: 'programme',
          entityId: id,
          action: 'updated',
          changes,
        });
      }
      return saved;
    });
  }

  /**
   * The programme, locked, when the actor runs its hub; NOT_FOUND otherwise. Changes to its
   * dates lock it for update; participants and sessions lock it for share, so a session is never
   * recorded against dates being moved.
   */
  async lockManageable(
    manager: EntityManager,
    actor: Actor,
    id: string,
    lock: 'pessimistic_write' | 'pessimistic_read',
  ): Promise<ProgrammeEntity> {
    const programme = await manager.findOne(ProgrammeEntity, {
      where: { id },
      lock: { mode: lock },
    });
    if (!programme || !isHubTeamOf(actor, programme.hubId)) {
      throw DomainError.notFound('programme', id);
    }
    return programme;
  }

  private assertDates(startsOn: string, endsOn: string): void {
    if (endsOn < startsOn) {
      throw DomainError.validation('ENDS_BEFORE_STARTS', 'endsOn must be on or after startsOn', [
        { field: 'endsOn', messages: ['endsOn must be on or after startsOn'] },
      ]);
    }
    const now = this.clock.now();
    assertWithinPlanningHorizon(startsOn, 'startsOn', now);
    assertWithinPlanningHorizon(endsOn, 'endsOn', now);
  }
}

function group<T, V = T>(
  rows: T[],
  keyOf: (row: T) => string,
  valueOf: (row: T) => V = (row) => row as unknown as V,
): Map<string, V[]> {
  const result = new Map<string, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    result.set(key, [...(result.get(key) ?? []), valueOf(row)]);
  }
  return result;
}

async function hostIds(manager: EntityManager, programmeId: string): Promise<string[]> {
  const rows = await manager.query<{ employer_id: string }[]>(
    'SELECT employer_id FROM programme_hosts WHERE programme_id = $1 ORDER BY created_at, employer_id',
    [programmeId],
  );
  return rows.map((row) => row.employer_id);
}

async function addHosts(
  manager: EntityManager,
  programme: ProgrammeEntity,
  employerIds: string[],
): Promise<void> {
  if (employerIds.length === 0) return;
  await manager.query(
    `INSERT INTO programme_hosts (programme_id, employer_id, hub_id)
     SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
    [programme.id, employerIds, programme.hubId],
  );
}

/** Refuses any employer that is not the hub's with an ACTIVE membership of its network. */
async function assertNetworkEmployers(
  manager: EntityManager,
  hubId: string,
  employerIds: string[],
): Promise<void> {
  if (employerIds.length === 0) return;
  const rows = await manager.query<{ id: string }[]>(
    `SELECT e.id FROM employers e
     JOIN employer_memberships m ON m.employer_id = e.id AND m.hub_id = e.hub_id AND m.status = 'ACTIVE'
     WHERE e.hub_id = $1 AND e.id = ANY($2::uuid[])
     FOR SHARE OF m`,
    [hubId, employerIds],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = employerIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw DomainError.validation(
      'PROGRAMME_HOST_NOT_IN_NETWORK',
      `Not an employer of the hub’s network with an ACTIVE membership: ${missing.join(', ')}`,
      [{ field: 'hostEmployerIds', messages: missing.map((id) => `${id} is not in the network`) }],
    );
  }
}
