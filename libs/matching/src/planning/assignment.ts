import { maxWeightBMatching } from './max-weight-b-matching';

export interface CandidateEdge {
  adviserId: string;
  institutionId: string;
  score: number;
}

export interface AssignmentProblem<E extends CandidateEdge = CandidateEdge> {
  /** Remaining ONE_TO_ONE slots per adviser. */
  capacities: ReadonlyMap<string, number>;
  edges: readonly E[];
}

export interface Assignment<E extends CandidateEdge = CandidateEdge> {
  totalScore: number;
  /** Chosen edges; each institution at most once, no adviser above capacity. */
  pairs: E[];
}

/**
 * The assignment of maximum total score over every edge given, then the most pairs among those
 * (`maxWeightBMatching`). An adviser–institution pair given twice counts once, at its best score;
 * edges scoring 0 or less and advisers without slots are left out.
 */
export function solveAssignment<E extends CandidateEdge>({
  capacities,
  edges,
}: AssignmentProblem<E>): Assignment<E> {
  const usable = edges.filter((e) => e.score > 0 && (capacities.get(e.adviserId) ?? 0) > 0);
  const advisers = new Map<string, number>();
  const institutions = new Map<string, number>();
  const left = new Int32Array(usable.length);
  const right = new Int32Array(usable.length);
  usable.forEach((edge, e) => {
    left[e] = indexOf(advisers, edge.adviserId);
    right[e] = indexOf(institutions, edge.institutionId);
  });
  const kept = bestEdgePerPair(usable, left, right, advisers.size, institutions.size);
  const edgeLeft = new Int32Array(kept.length);
  const edgeRight = new Int32Array(kept.length);
  const edgeWeight = new Float64Array(kept.length);
  kept.forEach((e, k) => {
    edgeLeft[k] = left[e];
    edgeRight[k] = right[e];
    edgeWeight[k] = usable[e].score;
  });
  const chosen = maxWeightBMatching({
    leftCapacity: [...advisers.keys()].map((id) => capacities.get(id)!),
    rightCount: institutions.size,
    edgeLeft,
    edgeRight,
    edgeWeight,
  });
  const pairs = kept.filter((_, k) => chosen[k] === 1).map((e) => usable[e]);
  return { totalScore: pairs.reduce((sum, p) => sum + p.score, 0), pairs };
}

function indexOf(index: Map<string, number>, id: string): number {
  let at = index.get(id);
  if (at === undefined) {
    at = index.size;
    index.set(id, at);
  }
  return at;
}

/** Positions of the edges to keep, one per adviser–institution pair: its best (the first on a tie). */
function bestEdgePerPair(
  edges: readonly CandidateEdge[],
  left: Int32Array,
  right: Int32Array,
  leftCount: number,
  rightCount: number,
): number[] {
  // Edges grouped by adviser (a counting sort), then one slot per institution for that adviser.
  const start = new Int32Array(leftCount + 1);
  for (const l of left) start[l + 1]++;
  for (let l = 1; l < start.length; l++) start[l] += start[l - 1];
  const byAdviser = new Int32Array(edges.length);
  const fill = start.slice();
  left.forEach((l, e) => (byAdviser[fill[l]++] = e));
  const seenFor = new Int32Array(rightCount).fill(-1);
  const keptAt = new Int32Array(rightCount);
  const kept: number[] = [];
  for (let l = 0; l < leftCount; l++) {
    for (let k = start[l]; k < start[l + 1]; k++) {
      const e = byAdviser[k];
      const r = right[e];
      if (seenFor[r] !== l) {
        seenFor[r] = l;
        keptAt[r] = kept.length;
        kept.push(e);
      } else if (edges[e].score > edges[kept[keptAt[r]]].score) {
        kept[keptAt[r]] = e;
      }
    }
  }
  return kept;
}
