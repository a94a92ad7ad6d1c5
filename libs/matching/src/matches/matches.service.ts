import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AdvisersService } from '@chn/advisers';
import {
  Actor,
  AppConfig,
  assertWithinPlanningHorizon,
  AuditEntryEntity,
  Clock,
  ConnectionShape,
  diff,
  DomainError,
  EventsOf,
  hubForWrite,
  HUB_TEAM,
  MatchEventPayload,
  leanQuery,
  PageOptions,
  paginate,
  parseAcademicYear,
  readableHubs,
  recordAudit,
  recordEvent,
  Role,
} from '@chn/core';
import { InstitutionEntity } from '@chn/institutions';
import { MatchStatus, MatchType } from '../entities/match.enums';
import { MatchEntity } from '../entities/match.entity';
import { matchOverlapsYearSql } from '../matched-in-year';
import { assertAdviserEligible, matchabilityPolicy } from './adviser-eligibility';
import { scopeMatches } from './match-access';
import { overrideReasonFor } from './local-authority-reach';
import { countOpenMatches } from './open-matches';
import { asMatchConflict, institutionAlreadyMatched } from './match-conflict';
import { MatchAction, nextMatchStatus } from './match-transitions';
import { DeclineMatchArgs, EndMatchArgs, MatchesArgs, ProposeMatchInput } from './match.type';

/** The fields of a match worth keeping in the audit trail. */
const auditable = (m: MatchEntity): Record<string, unknown> => ({
  adviserId: m.adviserId,
  institutionId: m.institutionId,
  type: m.type,
  status: m.status,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  endedOn: m.endedOn,
  focus: m.focus,
  declineReason: m.declineReason,
  endReason: m.endReason,
  overrideReason: m.overrideReason,
});

const EVENT_OF: Record<MatchAction, { type: EventsOf<'match'>; action: string }> = {
  accept: { type: 'match.accepted', action: 'accepted' },
  decline: { type: 'match.declined', action: 'declined' },
  end: { type: 'match.ended', action: 'ended' },
};

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly advisers: AdvisersService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    args: MatchesArgs,
    options?: PageOptions,
  ): Promise<ConnectionShape<MatchEntity>> {
    const filter = args.filter ?? {};
    const query = scopeMatches(
      leanQuery(this.db.getRepository(MatchEntity), 'm'),
      actor,
      readableHubs(actor, filter.hubId),
    );
    if (filter.academicYear) {
      const year = parseAcademicYear(filter.academicYear, 'filter.academicYear');
      query.andWhere(matchOverlapsYearSql('m', { startsOn: ':yearStart', endsOn: ':yearEnd' }), {
        yearStart: year.startsOn,
        yearEnd: year.endsOn,
      });
    }
    if (filter.type) query.andWhere('m.type = :type', { type: filter.type });
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.institutionId) {
      query.andWhere('m.institution_id = :institutionId', { institutionId: filter.institutionId });
    }
    if (filter.adviserId)
      query.andWhere('m.adviser_id = :adviserId', { adviserId: filter.adviserId });
    if (filter.localAuthority) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM institutions la WHERE la.id = m.institution_id AND la.la_code = :laCode)',
        { laCode: filter.localAuthority },
      );
    }
    return paginate(
      query,
      args,
      {
        sortExpression: 'm.starts_on',
        sortValue: (m) => m.startsOn,
        idExpression: 'm.id',
        id: (m) => m.id,
      },
      options,
    );
  }

  async get(actor: Actor, id: string): Promise<MatchEntity> {
    const query = this.db
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .where('m.id = :id', { id });
    const match = await scopeMatches(query, actor, readableHubs(actor)).getOne();
    if (!match) throw DomainError.notFound('match', id);
    return match;
  }

  /** Proposes a match in its own transaction. */
  propose(actor: Actor, input: ProposeMatchInput): Promise<MatchEntity> {
    return this.db.transaction((manager) => this.proposeWithin(manager, actor, input));
  }

  /**
   * The whole proposal inside the caller's transaction: locks the adviser (and, for a 1-2-1,
   * the institution) so concurrent proposals count each other, checks every rule, then writes
   * the match, its audit entry and `match.proposed`.
   */
  async proposeWithin(
    manager: EntityManager,
    actor: Actor,
    input: ProposeMatchInput,
  ): Promise<MatchEntity> {
    assertCoherent(input, this.clock.now());
    const adviser = await this.advisers.lockForChange(manager, actor, input.adviserId);
    const hubId = hubForWrite(actor, adviser.hubId);
    const institution = await manager.findOne(InstitutionEntity, {
      where: { id: input.institutionId },
      ...(input.type === MatchType.ONE_TO_ONE ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!institution || institution.hubId !== hubId) {
      throw DomainError.notFound('institution', input.institutionId);
    }
    assertAdviserEligible(adviser, this.clock.today(), matchabilityPolicy(this.config));
    const held = await countOpenMatches(manager, adviser.id);
    const open = input.type === MatchType.ONE_TO_ONE ? held.oneToOne : held.agile;
    const capacity = input.type === MatchType.ONE_TO_ONE ? adviser.maxOneToOne : adviser.maxAgile;
    if (open >= capacity) {
      throw DomainError.conflict(
        'ADVISER_AT_CAPACITY',
        `The adviser already holds ${open} of ${capacity} ${input.type} matches`,
      );
    }
    if (
      input.type === MatchType.ONE_TO_ONE &&
      (await manager.exists(MatchEntity, {
        where: {
          institutionId: institution.id,
          type: MatchType.ONE_TO_ONE,
          status: In([MatchStatus.PROPOSED, MatchStatus.ACTIVE]),
        },
      }))
    ) {
      throw institutionAlreadyMatched();
    }
    const overrideReason = overrideReasonFor(adviser, institution, input.overrideReason);
    const match = await manager.save(
      manager.create(MatchEntity, {
        hubId,
        adviserId: adviser.id,
        institutionId: institution.id,
        type: input.type,
        status: MatchStatus.PROPOSED,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        endedOn: null,
        focus: input.focus?.trim() || null,
        declineReason: null,
        endReason: null,
        overrideReason,
        proposedBy: actor.userId,
        acceptedAt: null,
      }),
    );
    await recordAudit(manager, actor, {
      hubId,
      entityType: 'match',
      entityId: match.id,
      action: 'proposed',
      changes: auditable(match),
    });
    await recordEvent(manager, actor, {
      type: 'match.proposed',
      hubId,
      aggregateType: 'match',
      aggregateId: match.id,
      payload: eventPayload(match),
    });
    return match;
  }

  /** The adviser (or hub staff) accepts a proposal; the adviser must still be eligible. */
  accept(actor: Actor, id: string): Promise<MatchEntity> {
    return this.change(actor, id, 'accept', async (manager, match) => {
      const adviser = await this.advisers.lockForChange(manager, actor, match.adviserId);
      if (match.type === MatchType.ONE_TO_ONE) {
        await manager.findOne(InstitutionEntity, {
          where: { id: match.institutionId },
          lock: { mode: 'pessimistic_write' },
        });
      }
      assertAdviserEligible(adviser, this.clock.today(), matchabilityPolicy(this.config));
      match.acceptedAt = this.clock.now();
    });
  }

  decline(actor: Actor, id: string, args: DeclineMatchArgs): Promise<MatchEntity> {
    return this.change(actor, id, 'decline', (_, match) => {
      match.declineReason = args.reason.trim();
      return Promise.resolve();
    });
  }

  end(actor: Actor, id: string, args: EndMatchArgs): Promise<MatchEntity> {
    return this.change(actor, id, 'end', (_, match) => {
      if (args.endedOn < match.startsOn) {
        throw DomainError.validation('INVALID_INPUT', 'A match cannot end before it starts', [
          { field: 'endedOn', messages: [`must be on or after ${match.startsOn}`] },
        ]);
      }
      match.endedOn = args.endedOn;
      match.endReason = args.reason.trim();
      return Promise.resolve();
    });
  }

  /** Audit entries of matches, oldest first, by match id: for DataLoaders. */
  async historyOf(ids: readonly string[]): Promise<Map<string, AuditEntryEntity[]>> {
    const entries = await this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where("a.entity_type = 'match' AND a.entity_id = ANY(:ids)", { ids })
      .orderBy('a.at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const byMatch = new Map<string, AuditEntryEntity[]>();
    for (const entry of entries) {
      byMatch.set(entry.entityId, [...(byMatch.get(entry.entityId) ?? []), entry]);
    }
    return byMatch;
  }

  /** Moves one match along its life, in one transaction with its audit entry and event. */
  private async change(
    actor: Actor,
    id: string,
    action: MatchAction,
    apply: (manager: EntityManager, match: MatchEntity) => Promise<void>,
  ): Promise<MatchEntity> {
    return this.db
      .transaction(async (manager) => {
        const match = await manager.findOne(MatchEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!match || !mayChange(actor, match)) throw DomainError.notFound('match', id);
        const before = auditable(match);
        const status = nextMatchStatus(match.status, action);
        await apply(manager, match);
        match.status = status;
        const saved = await manager.save(match);
        await recordAudit(manager, actor, {
          hubId: saved.hubId,
          entityType: 'match',
          entityId: saved.id,
          action: EVENT_OF[action].action,
          changes: diff(before, auditable(saved)),
        });
        await recordEvent(manager, actor, {
          type: EVENT_OF[action].type,
          hubId: saved.hubId,
          aggregateType: 'match',
          aggregateId: saved.id,
          payload: eventPayload(saved),
        });
        return saved;
      })
      .catch((error: unknown) => {
        throw asMatchConflict(error);
      });
  }
}

/** Hub staff of the match's hub, or the matched adviser themself. */
function mayChange(actor: Actor, match: MatchEntity): boolean {
  if (actor.role === Role.ADVISER)
    return Boolean(actor.adviserId) && actor.adviserId === match.adviserId;
  if (!HUB_TEAM.includes(actor.role)) return false;
  return actor.hubId === null || actor.hubId === match.hubId;
}

function assertCoherent(input: ProposeMatchInput, now: Date): void {
  assertWithinPlanningHorizon(input.startsOn, 'startsOn', now);
  if (input.endsOn) assertWithinPlanningHorizon(input.endsOn, 'endsOn', now);
  if (input.endsOn && input.endsOn < input.startsOn) {
    throw DomainError.validation('INVALID_INPUT', 'A match cannot end before it starts', [
      { field: 'endsOn', messages: ['must be on or after startsOn'] },
    ]);
  }
  if (input.type === MatchType.AGILE && !input.focus?.trim()) {
    throw DomainError.validation('INVALID_INPUT', 'Agile support needs a focus', [
      { field: 'focus', messages: ['focus is required for AGILE'] },
    ]);
  }
}

function eventPayload(match: MatchEntity): MatchEventPayload {
  return {
    matchId: match.id,
    adviserId: match.adviserId,
    institutionId: match.institutionId,
    type: match.type,
    status: match.status,
  };
}
