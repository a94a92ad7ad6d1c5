import { InstitutionType } from '@chn/institutions';
import { CandidateEdge } from './assignment';
import { PairScore, scorePair } from './score';

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
    for (const adviser of byLocalAuthority.get(institution.laCode ?? '') ?? []) {
      const result = scorePair(adviser, institution, institution, {
        matchedLastYear: institution.matchedLastYear,
      });
      if (result) edges.push({ adviserId: adviser.id, institutionId: institution.id, ...result });
    }
  }
  return edges;
}

function advisersByLocalAuthority(
  advisers: readonly CandidateAdviser[],
): Map<string, CandidateAdviser[]> {
  const byCode = new Map<string, CandidateAdviser[]>();
  for (const adviser of advisers) {
    for (const code of new Set(adviser.localAuthorityCodes)) {
      const list = byCode.get(code);
      if (list) list.push(adviser);
      else byCode.set(code, [adviser]);
    }
  }
  return byCode;
}

/** Best first; ties by adviser id so repeated runs agree. */
export function byScore(a: ScoredEdge, b: ScoredEdge): number {
  return b.score - a.score || (a.adviserId < b.adviserId ? -1 : a.adviserId > b.adviserId ? 1 : 0);
}
