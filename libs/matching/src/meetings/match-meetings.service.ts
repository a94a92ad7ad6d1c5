import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor, Clock, conflictOnUniqueViolation, DomainError, recordAudit, Role } from '@chn/core';
import { MatchMeetingEntity } from '../entities/match-meeting.entity';
import { MatchEntity } from '../entities/match.entity';
import { MatchesService } from '../matches/matches.service';
import { checkMeeting } from './meeting-rules';
import { LogMatchMeetingInput } from './match-meeting.type';

const asMeetingConflict = conflictOnUniqueViolation({
  uq_match_meetings_match_day: () =>
    DomainError.conflict('MEETING_ALREADY_LOGGED', 'A meeting is already logged on that day'),
});

/**
 * Meetings the adviser logs on their 1-2-1 matches, read by whoever may read the match: the
 * adviser, the institution's careers leader and the hub team.
 */
@Injectable()
export class MatchMeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly clock: Clock,
  ) {}

  /** The match's meetings, latest first; refused as NOT_FOUND to anyone who may not read it. */
  async list(actor: Actor, matchId: string): Promise<MatchMeetingEntity[]> {
    await this.matches.get(actor, matchId);
    return (await this.ofMatches([matchId])).get(matchId) ?? [];
  }

  /** Meetings by match id, latest first: for the `Match.meetings` loader. */
  async ofMatches(matchIds: readonly string[]): Promise<Map<string, MatchMeetingEntity[]>> {
    const meetings = await this.db.getRepository(MatchMeetingEntity).find({
      where: { matchId: In([...matchIds]) },
      order: { metOn: 'DESC', createdAt: 'DESC' },
    });
    const byMatch = new Map<string, MatchMeetingEntity[]>();
    for (const meeting of meetings) {
      byMatch.set(meeting.matchId, [...(byMatch.get(meeting.matchId) ?? []), meeting]);
    }
    return byMatch;
  }

  /** The match's own adviser logs a meeting, with its audit entry, in one transaction. */
  log(actor: Actor, input: LogMatchMeetingInput): Promise<MatchMeetingEntity> {
    return this.db
      .transaction(async (manager) => {
        // Shares the lock ending a match takes, so a meeting never lands after a concurrent end.
        const match = await manager.findOne(MatchEntity, {
          where: { id: input.matchId },
          lock: { mode: 'pessimistic_read' },
        });
        if (
          !match ||
          actor.role !== Role.ADVISER ||
          !actor.adviserId ||
          actor.adviserId !== match.adviserId
        ) {
          throw DomainError.notFound('match', input.matchId);
        }
        const benchmarks = checkMeeting(match, input.metOn, input.benchmarks, this.clock.today());
        const meeting = await manager.save(
          manager.create(MatchMeetingEntity, {
            hubId: match.hubId,
            matchId: match.id,
            metOn: input.metOn,
            benchmarks,
            note: input.note?.trim() || null,
            loggedBy: actor.userId,
          }),
        );
        await recordAudit(manager, actor, {
          hubId: match.hubId,
          entityType: 'match_meeting',
          entityId: meeting.id,
          action: 'logged',
          changes: { matchId: match.id, metOn: meeting.metOn, benchmarks },
        });
        return meeting;
      })
      .catch((error: unknown) => {
        throw asMeetingConflict(error);
      });
  }
}
