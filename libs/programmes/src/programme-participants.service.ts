import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  conflictOnUniqueViolation,
  diff,
  DomainError,
  isHubTeamOf,
  recordAudit,
} from '@chn/core';
import { ProgrammeParticipantEntity } from './entities/programme-participant.entity';
import {
  AddProgrammeParticipantInput,
  UpdateProgrammeParticipantInput,
} from './graphql/programme.inputs';
import { ProgrammesService } from './programmes.service';
import { FIRST_YEAR_GROUP, sum, toYearArray, yearBeyondCohort } from './year-group-counts';

function auditView(p: ProgrammeParticipantEntity): Record<string, unknown> {
  return {
    programmeId: p.programmeId,
    institutionId: p.institutionId,
    cohortByYear: p.cohortByYear,
    sendPupils: p.sendPupils,
    fsmPupils: p.fsmPupils,
  };
}

const alreadyParticipating = () =>
  DomainError.conflict(
    'ALREADY_PARTICIPATING',
    'The institution already takes part in this programme',
  );

/** A concurrent add that passed the check loses on the unique index with the same answer. */
const participationRace = conflictOnUniqueViolation({
  uq_programme_participants_institution: alreadyParticipating,
});

/** Refuses SEND or FSM counts above the cohort. */
function assertWithinCohort(participant: ProgrammeParticipantEntity): void {
  if (participant.sendPupils > participant.pupils) {
    throw DomainError.validation(
      'SEND_EXCEEDS_COHORT',
      `${participant.sendPupils} pupils with SEND is more than the cohort of ${participant.pupils}`,
      [{ field: 'sendPupils', messages: [`must be at most the cohort (${participant.pupils})`] }],
    );
  }
  if (participant.fsmPupils > participant.pupils) {
    throw DomainError.validation(
      'FSM_EXCEEDS_COHORT',
      `${participant.fsmPupils} FSM-eligible pupils is more than the cohort of ${participant.pupils}`,
      [{ field: 'fsmPupils', messages: [`must be at most the cohort (${participant.pupils})`] }],
    );
  }
}

/** The institutions taking part in a programme, with their cohorts as counts. */
@Injectable()
export class ProgrammeParticipantsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async add(
    actor: Actor,
    input: AddProgrammeParticipantInput,
  ): Promise<ProgrammeParticipantEntity> {
    const cohortByYear = toYearArray(input.cohort, 'COHORT_INVALID', 'cohort');
    try {
      return await this.db.transaction(async (manager) => {
        const programme = await this.programmes.lockManageable(
          manager,
          actor,
          input.programmeId,
          'pessimistic_read',
        );
        const [institution] = await manager.query<unknown[]>(
          'SELECT 1 FROM institutions WHERE id = $1 AND hub_id = $2',
          [input.institutionId, programme.hubId],
        );
        if (!institution) throw DomainError.notFound('institution', input.institutionId);
        const [taking] = await manager.query<unknown[]>(
          'SELECT 1 FROM programme_participants WHERE programme_id = $1 AND institution_id = $2',
          [programme.id, input.institutionId],
        );
        if (taking) throw alreadyParticipating();
        const participant = manager.create(ProgrammeParticipantEntity, {
          hubId: programme.hubId,
          programmeId: programme.id,
          institutionId: input.institutionId,
          cohortByYear,
          pupils: sum(cohortByYear),
          sendPupils: input.sendPupils ?? 0,
          fsmPupils: input.fsmPupils ?? 0,
        });
        assertWithinCohort(participant);
        const saved = await manager.save(participant);
        await recordAudit(manager, actor, {
          hubId: programme.hubId,
          entityType: 'programme_participant',
          entityId: saved.id,
          action: 'created',
          changes: auditView(saved),
        });
        return saved;
      });
    } catch (error) {
      throw participationRace(error);
    }
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateProgrammeParticipantInput,
  ): Promise<ProgrammeParticipantEntity> {
    return this.db.transaction(async (manager) => {
      const participant = await this.lockManageable(manager, actor, id);
      const before = auditView(participant);
      if (input.cohort) {
        participant.cohortByYear = toYearArray(input.cohort, 'COHORT_INVALID', 'cohort');
        participant.pupils = sum(participant.cohortByYear);
        await assertCohortCoversSessions(manager, participant);
      }
      if (input.sendPupils !== undefined) participant.sendPupils = input.sendPupils;
      if (input.fsmPupils !== undefined) participant.fsmPupils = input.fsmPupils;
      assertWithinCohort(participant);
      const saved = await manager.save(participant);
      const changes = diff(before, auditView(saved));
      if (Object.keys(changes).length > 0) {
        await recordAudit(manager, actor, {
          hubId: saved.hubId,
          entityType: 'programme_participant',
          entityId: id,
          action: 'updated',
          changes,
        });
      }
      return saved;
    });
  }

  /** Takes an institution out of a programme; one with sessions recorded is refused. */
  async remove(actor: Actor, id: string): Promise<ProgrammeParticipantEntity> {
    return this.db.transaction(async (manager) => {
      const participant = await this.lockManageable(manager, actor, id);
      const [{ sessions }] = await manager.query<{ sessions: number }[]>(
        'SELECT count(*)::int AS sessions FROM programme_sessions WHERE participant_id = $1',
        [id],
      );
      if (sessions > 0) {
        throw DomainError.conflict(
          'PARTICIPANT_HAS_SESSIONS',
          `The institution has ${sessions} session(s) recorded in the programme: remove them first`,
        );
      }
      await manager.delete(ProgrammeParticipantEntity, { id });
      await recordAudit(manager, actor, {
        hubId: participant.hubId,
        entityType: 'programme_participant',
        entityId: id,
        action: 'removed',
        changes: auditView(participant),
      });
      return { ...participant, id } as ProgrammeParticipantEntity;
    });
  }

  /**
   * The participant, locked for update, when the actor runs its hub; NOT_FOUND otherwise. Its
   * programme is locked for share first, in the order every change takes them.
   */
  async lockManageable(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ProgrammeParticipantEntity> {
    const found = await manager.findOneBy(ProgrammeParticipantEntity, { id });
    if (!found || !isHubTeamOf(actor, found.hubId)) {
      throw DomainError.notFound('programme participant', id);
    }
    await this.programmes.lockManageable(manager, actor, found.programmeId, 'pessimistic_read');
    const participant = await manager.findOne(ProgrammeParticipantEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!participant) throw DomainError.notFound('programme participant', id);
    return participant;
  }
}

/** Refuses a cohort smaller, in any year group, than a session already reached. */
async function assertCohortCoversSessions(
  manager: EntityManager,
  participant: ProgrammeParticipantEntity,
): Promise<void> {
  const [row] = await manager.query<{ most: number[] | null }[]>(
    `SELECT array_agg(most ORDER BY idx) AS most FROM (
       SELECT r.idx, max(r.pupils)::int AS most
       FROM programme_sessions s, unnest(s.reached_by_year) WITH ORDINALITY AS r(pupils, idx)
       WHERE s.participant_id = $1 GROUP BY r.idx) m`,
    [participant.id],
  );
  const beyond = row.most ? yearBeyondCohort(row.most, participant.cohortByYear) : null;
  if (beyond !== null) {
    throw DomainError.validation(
      'COHORT_BELOW_REACHED',
      `A recorded session reached ${row.most![beyond - FIRST_YEAR_GROUP]} pupils in year ${beyond}: the cohort cannot hold fewer`,
      [{ field: 'cohort', messages: [`year ${beyond} is below what a session reached`] }],
    );
  }
}
