import { InstitutionType } from '@chn/institutions';
import { CandidateEdge } from './assignment';
import {
  AdviserForScoring,
  adviserForScoring,
  institutionForScoring,
  PairScore,
  scorePrepared,
} from './score';

export interface CandidateAdviser {
  id: string;
  sectors: string[];
  localAuthorityCodes: string[];
  sendApExperience: boolean;
  /** ONE_TO_ONE slots left: max_one_to_one minus open (PROPOSED or ACTIVE) 1-2-1 matches. */
  spareOneToOne: number;
}

export interface CandidateInstitution {
  id: string;
  type: InstitutionType;
  laCode: string | null;
  laName: string | null;
  fsmPercent: number | null;
  sectors: string[];
  priorityBenchmarks: number[];
  matchedLastYear: boolean;
}

export type ScoredEdge = CandidateEdge & PairScore;

/**
 * Every adviser able to reach each institution, scored; no edge where the rule says "not a
 * candidate". Only the advisers of the institution's local authority are scored, in their order.
 */
export function scoredEdges(
  advisers: readonly CandidateAdviser[],
  institutions: readonly CandidateInstitution[],
): ScoredEdge[] {
  const byLocalAuthority = advisersByLocalAuthority(advisers);
  const edges: ScoredEdge[] = [];
  for (const institution of institutions) {
    const reached = byLocalAuthority.get(institution.laCode ?? '');
    if (!reached) continue;
    const prepared = institutionForScoring(institution, institution, {
      matchedLastYear: institution.matchedLastYear,
    });
    for (const { id, scoring } of reached) {
      const result = scorePrepared(scoring, prepared);
      if (result) edges.push({ adviserId: id, institutionId: institution.id, ...result });
    }
  }
  return edges;
}

/** The advisers reaching each local authority, in their order, prepared for scoring once. */
function advisersByLocalAuthority(
  advisers: readonly CandidateAdviser[],
): Map<string, { id: string; scoring: AdviserForScoring }[]> {
  const byCode = new Map<string, { id: string; scoring: AdviserForScoring }[]>();
  for (const adviser of advisers) {
    const entry = { id: adviser.id, scoring: adviserForScoring(adviser) };
    for (const code of new Set(adviser.localAuthorityCodes)) {
      const list = byCode.get(code);
      if (list) list.push(entry);
      else byCode.set(code, [entry]);
    }
  }
  return byCode;
}

/** Best first; ties by adviser id so repeated runs agree. */
export function byScore(a: ScoredEdge, b: ScoredEdge): number {
  return b.score - a.score || (a.adviserId < b.adviserId ? -1 : a.adviserId > b.adviserId ? 1 : 0);
}
