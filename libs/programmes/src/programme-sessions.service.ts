import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, DomainError, isHubTeamOf, recordAudit } from '@chn/core';
import { ProgrammeSessionEntity } from './entities/programme-session.entity';
import { RecordProgrammeSessionInput } from './graphql/programme.inputs';
import { ProgrammeParticipantsService } from './programme-participants.service';
import { ProgrammesService } from './programmes.service';
import { FIRST_YEAR_GROUP, sum, toYearArray, yearBeyondCohort } from './year-group-counts';

function auditView(s: ProgrammeSessionEntity): Record<string, unknown> {
  return {
    programmeId: s.programmeId,
    institutionId: s.institutionId,
    heldOn: s.heldOn,
    reachedByYear: s.reachedByYear,
    opportunityId: s.opportunityId,
    notes: s.notes,
  };
}

/** Sessions a programme delivered: when, to which participating institution, pupils reached. */
@Injectable()
export class ProgrammeSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly programmes: ProgrammesService,
    private readonly participants: ProgrammeParticipantsService,
  ) {}

  async record(actor: Actor, input: RecordProgrammeSessionInput): Promise<ProgrammeSessionEntity> {
    const reachedByYear = toYearArray(input.reached, 'REACH_INVALID', 'reached');
    return this.db.transaction(async (manager) => {
      // Locks the programme for share and the participant for update: the dates and the cohort
      // checked below cannot move until this commits.
      const participant = await this.participants.lockManageable(
        manager,
        actor,
        input.participantId,
      );
      const programme = await this.programmes.lockManageable(
        manager,
        actor,
        participant.programmeId,
        'pessimistic_read',
      );
      if (input.heldOn < programme.startsOn || input.heldOn > programme.endsOn) {
        throw DomainError.validation(
          'SESSION_OUTSIDE_PROGRAMME',
          `${input.heldOn} is outside the programme (${programme.startsOn} to ${programme.endsOn})`,
          [{ field: 'heldOn', messages: [`must be ${programme.startsOn} to ${programme.endsOn}`] }],
        );
      }
      const today = this.clock.today();
      if (input.heldOn > today) {
        throw DomainError.validation('SESSION_IN_FUTURE', `${input.heldOn} is after today`, [
          { field: 'heldOn', messages: [`must be today (${today}) or earlier`] },
        ]);
      }
      const beyond = yearBeyondCohort(reachedByYear, participant.cohortByYear);
      if (beyond !== null) {
        const cohort = participant.cohortByYear[beyond - FIRST_YEAR_GROUP];
        throw DomainError.validation(
          'REACH_EXCEEDS_COHORT',
          `Year ${beyond}: ${reachedByYear[beyond - FIRST_YEAR_GROUP]} reached, but the cohort holds ${cohort}`,
          [{ field: 'reached', messages: [`year ${beyond} must be at most ${cohort}`] }],
        );
      }
      if (input.opportunityId) {
        const [opportunity] = await manager.query<unknown[]>(
          'SELECT 1 FROM opportunities WHERE id = $1 AND hub_id = $2',
          [input.opportunityId, programme.hubId],
        );
        if (!opportunity) throw DomainError.notFound('opportunity', input.opportunityId);
      }
      const session = await manager.save(
        manager.create(ProgrammeSessionEntity, {
          hubId: programme.hubId,
          programmeId: programme.id,
          participantId: participant.id,
          institutionId: participant.institutionId,
          heldOn: input.heldOn,
          reachedByYear,
          pupilsReached: sum(reachedByYear),
          opportunityId: input.opportunityId ?? null,
          notes: input.notes?.trim() || null,
        }),
      );
      await recordAudit(manager, actor, {
        hubId: programme.hubId,
        entityType: 'programme_session',
        entityId: session.id,
        action: 'created',
        changes: auditView(session),
      });
      return session;
    });
  }

  /** Removes a session recorded by mistake. */
  async remove(actor: Actor, id: string): Promise<ProgrammeSessionEntity> {
    return this.db.transaction(async (manager) => {
      const session = await manager.findOne(ProgrammeSessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || !isHubTeamOf(actor, session.hubId)) {
        throw DomainError.notFound('programme session', id);
      }
      await manager.delete(ProgrammeSessionEntity, { id });
      await recordAudit(manager, actor, {
        hubId: session.hubId,
        entityType: 'programme_session',
        entityId: id,
        action: 'removed',
        changes: auditView(session),
      });
      return { ...session, id } as ProgrammeSessionEntity;
    });
  }
}
