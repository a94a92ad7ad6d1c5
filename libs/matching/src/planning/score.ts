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
  if (!reachesLocalAuthority(adviser.localAuthorityCodes, institution.laCode)) return null;
  let score = 0;
  const reasons: string[] = [];
  const give = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };

  const adviserSectors = new Set(adviser.sectors.map(normalise));
  const shared = [...new Set(needs?.sectors ?? [])].filter((s) => adviserSectors.has(normalise(s)));
  if (shared.length) give(POINTS.sharedSector, `Shares sector: ${shared.join(', ')}`);

  give(POINTS.reachesLocalAuthority, `Reaches ${localAuthorityName(institution)}`);

  if (SEND_AP.includes(institution.type)) {
    if (adviser.sendApExperience) {
      give(POINTS.sendApExperience, `Has SEND/AP experience (${institution.type} setting)`);
    } else {
      give(POINTS.sendApWithoutExperience, `No SEND/AP experience (${institution.type} setting)`);
    }
  }

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
