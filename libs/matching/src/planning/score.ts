import { InstitutionType } from '@chn/institutions';
import { reachesLocalAuthority } from '../matches/local-authority-reach';

export interface ScoredAdviser {
  sectors: readonly string[];
  localAuthorityCodes: readonly string[];
  sendApExperience: boolean;
}

export interface ScoredInstitution {
  type: InstitutionType;
  laCode: string | null;
  /** GIAS's name for the local authority, shown with its code. */
  laName: string | null;
  fsmPercent: number | null;
}

export interface ScoredNeeds {
  sectors: readonly string[];
  priorityBenchmarks: readonly number[];
}

export interface ScoringContext {
  /** Whether the institution had an ACTIVE or ENDED match overlapping the previous academic year. */
  matchedLastYear: boolean;
}

export interface PairScore {
  /** Integer points; higher is a better pairing. */
  score: number;
  /** Why, in the order the points were given. */
  reasons: string[];
}

export const POINTS = {
  sharedSector: 30,
  reachesLocalAuthority: 25,
  sendApExperience: 20,
  sendApWithoutExperience: -10,
  fsmCap: 15,
  noMatchLastYear: 10,
  perPriorityBenchmark: 5,
  priorityBenchmarkCap: 15,
} as const;

const SEND_AP: readonly InstitutionType[] = [InstitutionType.SEND, InstitutionType.AP];

/**
 * How well an adviser fits an institution (the rule is in libs/matching/README.md).
 * Null when the adviser cannot reach the institution's local authority: not a candidate.
 */
export function scorePair(
  adviser: ScoredAdviser,
  institution: ScoredInstitution,
  needs: ScoredNeeds | null,
  context: ScoringContext,
): PairScore | null {
  return scorePrepared(
    adviserForScoring(adviser),
    institutionForScoring(institution, needs, context),
  );
}

/** What the score needs of an adviser, worked out once for all their pairs. */
export interface AdviserForScoring {
  localAuthorityCodes: readonly string[];
  sectorKeys: ReadonlySet<string>;
  sendApExperience: boolean;
}

export function adviserForScoring(adviser: ScoredAdviser): AdviserForScoring {
  return {
    localAuthorityCodes: adviser.localAuthorityCodes,
    sectorKeys: new Set(adviser.sectors.map(normalise)),
    sendApExperience: adviser.sendApExperience,
  };
}

/** What the score needs of an institution, its points and reasons that no adviser changes. */
export interface InstitutionForScoring {
  laCode: string | null;
  sectors: readonly string[];
  sectorKeys: readonly string[];
  reachesReason: string;
  /** With and without SEND/AP experience; null unless a SEND or AP institution. */
  sendApReasons: { with: string; without: string } | null;
  fixedPoints: number;
  fixedReasons: readonly string[];
}

export function institutionForScoring(
  institution: ScoredInstitution,
  needs: ScoredNeeds | null,
  context: ScoringContext,
): InstitutionForScoring {
  const sectors = [...new Set(needs?.sectors ?? [])];
  let fixedPoints = 0;
  const fixedReasons: string[] = [];
  const give = (points: number, reason: string) => {
    fixedPoints += points;
    fixedReasons.push(reason);
  };
  const fsmPoints = fsmPriority(institution.fsmPercent);
  if (fsmPoints > 0) give(fsmPoints, `FSM ${institution.fsmPercent}%: +${fsmPoints} priority`);

  if (!context.matchedLastYear) give(POINTS.noMatchLastYear, 'No match last academic year');

  const benchmarks = [...new Set(needs?.priorityBenchmarks ?? [])].sort((a, b) => a - b);
  if (benchmarks.length) {
    const points = Math.min(
      POINTS.priorityBenchmarkCap,
      POINTS.perPriorityBenchmark * benchmarks.length,
    );
    give(points, `Weak Compass benchmarks: ${benchmarks.map((b) => `BM${b}`).join(', ')}`);
  }
  return {
    laCode: institution.laCode,
    sectors,
    sectorKeys: sectors.map(normalise),
    reachesReason: `Reaches ${localAuthorityName(institution)}`,
    sendApReasons: SEND_AP.includes(institution.type)
      ? {
          with: `Has SEND/AP experience (${institution.type} setting)`,
          without: `No SEND/AP experience (${institution.type} setting)`,
        }
      : null,
    fixedPoints,
    fixedReasons,
  };
}

/** `scorePair` on an adviser and an institution prepared once each. */
export function scorePrepared(
  adviser: AdviserForScoring,
  institution: InstitutionForScoring,
): PairScore | null {
  if (!reachesLocalAuthority(adviser.localAuthorityCodes, institution.laCode)) return null;
  let score = 0;
  const reasons: string[] = [];
  const give = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };

  const shared = institution.sectors.filter((_, k) =>
    adviser.sectorKeys.has(institution.sectorKeys[k]),
  );
  if (shared.length) give(POINTS.sharedSector, `Shares sector: ${shared.join(', ')}`);

  give(POINTS.reachesLocalAuthority, institution.reachesReason);

  if (institution.sendApReasons) {
    if (adviser.sendApExperience) {
      give(POINTS.sendApExperience, institution.sendApReasons.with);
    } else {
      give(POINTS.sendApWithoutExperience, institution.sendApReasons.without);
    }
  }
  score += institution.fixedPoints;
  reasons.push(...institution.fixedReasons);
  return { score, reasons };
}

/** FSM % / 4, rounded down, capped at 15 points. */
export function fsmPriority(fsmPercent: number | null): number {
  if (fsmPercent === null || fsmPercent <= 0) return 0;
  return Math.min(POINTS.fsmCap, Math.floor(fsmPercent / 4));
}

function normalise(sector: string): string {
  return sector.trim().toLowerCase();
}

/** "Liverpool (341)", or "local authority 341" when GIAS gave no name. */
function localAuthorityName(institution: Pick<ScoredInstitution, 'laCode' | 'laName'>): string {
  return institution.laName
    ? `${institution.laName} (${institution.laCode})`
    : `local authority ${institution.laCode}`;
}
