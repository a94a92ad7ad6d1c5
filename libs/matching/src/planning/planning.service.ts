import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AcademicYear,
  academicYearsEndingWith,
  Actor,
  AppConfig,
  Clock,
  DomainError,
  firstDayFrom,
  canReadHub,
  hubForWrite,
  parseAcademicYear,
  recordAudit,
} from '@chn/core';
import { MatchType } from '../entities/match.enums';
import { matchabilityPolicy } from '../matches/adviser-eligibility';
import { asMatchConflict } from '../matches/match-conflict';
import { MatchesService } from '../matches/matches.service';
import { solveAssignment } from './assignment';
import { AutoMatchPlanEntity } from './auto-match-plan.entity';
import { byScore, CandidateAdviser, CandidateInstitution, scoredEdges } from './candidate-graph';
import { advisersWithSpareOneToOne, institutionsToMatch } from './planning-candidates.queries';

export const MAX_SUGGESTIONS = 50;

export interface AdviserSuggestionResult {
  adviserId: string;
  score: number;
  reasons: string[];
}

export interface InstitutionSuggestionsResult {
  institutionId: string;
  suggestions: AdviserSuggestionResult[];
}

@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** For each unmatched institution of the actor's hub (or the given ones), its best advisers. */
  async matchSuggestions(
    actor: Actor,
    academicYear?: string | null,
    institutionIds?: readonly string[] | null,
    limit = 5,
    requestedHubId?: string | null,
  ): Promise<InstitutionSuggestionsResult[]> {
    const hubId = hubForWrite(actor, requestedHubId);
    const year = this.clock.academicYear(academicYear);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
      throw DomainError.validation('INVALID_INPUT', 'limit is out of range', [
        { field: 'limit', messages: [`must be between 1 and ${MAX_SUGGESTIONS}`] },
      ]);
    }
    const ids = institutionIds ? [...new Set(institutionIds)] : null;
    const { advisers, institutions } = await this.candidates(this.db.manager, hubId, year, ids);
    if (ids) {
      const found = new Set(institutions.map((i) => i.id));
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw DomainError.notFound('institution', missing);
    }
    const edges = scoredEdges(advisers, institutions).sort(byScore);
    return institutions.map((institution) => ({
      institutionId: institution.id,
      suggestions: edges
        .filter((e) => e.institutionId === institution.id)
        .slice(0, limit)
        .map(({ adviserId, score, reasons }) => ({ adviserId, score, reasons })),
    }));
  }

  /** Solves the hub's 1-2-1 assignment over every candidate pair and stores it as a plan. */
  async autoMatchPlan(
    actor: Actor,
    academicYear?: string | null,
    requestedHubId?: string | null,
  ): Promise<AutoMatchPlanEntity> {
    const hubId = hubForWrite(actor, requestedHubId);
    const year = this.clock.academicYear(academicYear);
    return this.db.transaction(async (manager) => {
      const { advisers, institutions } = await this.candidates(manager, hubId, year, null);
      const { pairs, totalScore } = solveAssignment({
        capacities: new Map(advisers.map((a) => [a.id, a.spareOneToOne])),
        edges: scoredEdges(advisers, institutions),
      });
      const plan = await manager.save(
        manager.create(AutoMatchPlanEntity, {
          hubId,
          academicYear: year.label,
          createdBy: actor.userId,
          appliedAt: null,
          appliedBy: null,
          totalScore,
          assignments: pairs
            .map(({ adviserId, institutionId, score, reasons }) => ({
              adviserId,
              institutionId,
              score,
              reasons,
            }))
            .sort((a, b) => b.score - a.score || a.institutionId.localeCompare(b.institutionId)),
        }),
      );
      await recordAudit(manager, actor, {
        hubId,
        entityType: 'auto_match_plan',
        entityId: plan.id,
        action: 'planned',
        changes: { academicYear: plan.academicYear, totalScore, assignments: pairs.length },
      });
      return plan;
    });
  }

  /**
   * Proposes every match of the plan in one transaction: all of them or, if one is refused,
   * none (the refusal is returned). A plan is applied once.
   */
  async applyAutoMatchPlan(actor: Actor, planId: string): Promise<AutoMatchPlanEntity> {
    return this.db
      .transaction(async (manager) => {
        const plan = await manager.findOne(AutoMatchPlanEntity, {
          where: { id: planId },
          lock: { mode: 'pessimistic_write' },
        });
        // A national administrator applies any hub's plan; everyone else only their own hub's.
        if (!plan || !canReadHub(actor, plan.hubId)) {
          throw DomainError.notFound('autoMatchPlan', planId);
        }
        const hubId = plan.hubId;
        if (plan.appliedAt) {
          throw DomainError.conflict('PLAN_ALREADY_APPLIED', 'This plan has already been applied');
        }
        const year = parseAcademicYear(plan.academicYear);
        const startsOn = firstDayFrom(year, this.clock.today());
        if (!startsOn) {
          throw DomainError.conflict(
            'ACADEMIC_YEAR_ENDED',
            `${year.label} has ended: its plan can no longer be proposed`,
          );
        }
        const matchIds: string[] = [];
        for (const assignment of plan.assignments) {
          const match = await this.matches.proposeWithin(manager, actor, {
            adviserId: assignment.adviserId,
            institutionId: assignment.institutionId,
            type: MatchType.ONE_TO_ONE,
            startsOn,
          });
          matchIds.push(match.id);
        }
        plan.appliedAt = this.clock.now();
        plan.appliedBy = actor.userId;
        const saved = await manager.save(plan);
        await recordAudit(manager, actor, {
          hubId,
          entityType: 'auto_match_plan',
          entityId: plan.id,
          action: 'applied',
          changes: { matchIds },
        });
        return saved;
      })
      .catch((error: unknown) => {
        throw asMatchConflict(error);
      });
  }

  private async candidates(
    manager: EntityManager,
    hubId: string,
    year: AcademicYear,
    ids: string[] | null,
  ): Promise<{ advisers: CandidateAdviser[]; institutions: CandidateInstitution[] }> {
    const [previous] = academicYearsEndingWith(year, 2);
    const [advisers, institutions] = await Promise.all([
      advisersWithSpareOneToOne(
        manager,
        hubId,
        matchabilityPolicy(this.config),
        this.clock.today(),
      ),
      institutionsToMatch(manager, hubId, year, previous, ids),
    ]);
    return { advisers, institutions };
  }
}
