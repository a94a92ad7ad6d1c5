/**
 * Measures the auto-match plan's algorithm on a national-scale instance, without the database:
 * 5,000 institutions and 5,000 advisers over 40 hubs, random sectors, local authorities, FSM and
 * capacities. Times scoring (every adviser × institution of a hub) and the exact assignment
 * (min-cost flow over each institution's top 10 advisers) for the largest hub, for the 40 hubs
 * solved one by one, and for one national graph. Prints medians and RSS; asserts nothing.
 */
import 'reflect-metadata';
import { InstitutionType } from '@chn/institutions';
import { pruneToTopK, solveAssignment } from '../libs/matching/src/planning/assignment';
import {
  CandidateAdviser,
  CandidateInstitution,
  scoredEdges,
} from '../libs/matching/src/planning/candidate-graph';
import { mulberry32 } from '../libs/matching/src/planning/mulberry32';
import { PLAN_TOP_K } from '../libs/matching/src/planning/planning.service';
import { rssMb } from './stats';

const HUBS = 40;
const INSTITUTIONS = 5_000;
const ADVISERS = 5_000;
const LAS_PER_HUB = 8;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NATIONAL_RUNS = Number(process.env.BENCH_NATIONAL_RUNS ?? 3);
const SECTORS = [
  'Digital',
  'Health & Care',
  'Construction',
  'Manufacturing',
  'Visitor Economy',
  'Finance',
  'Logistics',
  'Creative',
  'Public Services',
  'Energy',
  'Retail',
  'Gaming',
];

interface Hub {
  advisers: CandidateAdviser[];
  institutions: CandidateInstitution[];
}

function generate(seed: number): Hub[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && copy.length) chosen.push(copy.splice(int(copy.length), 1)[0]);
    return chosen;
  };
  const hubs: Hub[] = Array.from({ length: HUBS }, () => ({ advisers: [], institutions: [] }));
  // Uneven hubs: weights 0.85-1.15, so the largest has around 150 institutions.
  const weights = hubs.map(() => 0.85 + random() * 0.3);
  const total = weights.reduce((a, b) => a + b, 0);
  const hubOf = () => {
    let r = random() * total;
    for (let h = 0; h < HUBS; h++) if ((r -= weights[h]) < 0) return h;
    return HUBS - 1;
  };
  const lasOf = (hub: number) =>
    Array.from({ length: LAS_PER_HUB }, (_, i) => String(100 + hub * LAS_PER_HUB + i));
  for (let i = 0; i < INSTITUTIONS; i++) {
    const hub = hubOf();
    const roll = random();
    hubs[hub].institutions.push({
      id: `i${i}`,
      type:
        roll < 0.85
          ? InstitutionType.MAINSTREAM
          : roll < 0.93
            ? InstitutionType.SEND
            : roll < 0.97
              ? InstitutionType.AP
              : InstitutionType.POST_16,
      laCode: pick(lasOf(hub), 1)[0],
      laName: null,
      fsmPercent: random() < 0.9 ? Math.round(random() * 600) / 10 : null,
      sectors: pick(SECTORS, int(3)),
      priorityBenchmarks: pick([1, 2, 3, 4, 5, 6, 7, 8], int(4)),
      matchedLastYear: random() < 0.5,
    });
  }
  for (let a = 0; a < ADVISERS; a++) {
    const hub = hubOf();
    hubs[hub].advisers.push({
      id: `a${a}`,
      sectors: pick(SECTORS, 1 + int(3)),
      localAuthorityCodes: pick(lasOf(hub), 1 + int(3)),
      sendApExperience: random() < 0.2,
      spareOneToOne: [0, 1, 1, 1, 2][int(5)],
    });
  }
  return hubs;
}

/** The plan's graph: every institution's top K scored advisers, and the advisers' free slots. */
function graphOf(advisers: CandidateAdviser[], institutions: CandidateInstitution[]) {
  return {
    capacities: new Map(advisers.map((a) => [a.id, a.spareOneToOne])),
    edges: pruneToTopK(scoredEdges(advisers, institutions), PLAN_TOP_K),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)].toFixed(1));
}

function time<T>(run: () => T, runs: number): { ms: number; result: T } {
  const durations: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = run();
    durations.push(performance.now() - start);
  }
  return { ms: median(durations), result };
}

function main() {
  const hubs = generate(20251123);
  const largest = hubs.reduce((a, b) => (b.institutions.length > a.institutions.length ? b : a));
  const hubGraph = time(() => graphOf(largest.advisers, largest.institutions), RUNS);
  const hubSolve = time(() => solveAssignment(hubGraph.result), RUNS);

  const hubGraphs = time(() => hubs.map((h) => graphOf(h.advisers, h.institutions)), RUNS);
  const perHubSolve = time(
    () => hubGraphs.result.map((g) => solveAssignment(g).totalScore).reduce((a, b) => a + b, 0),
    RUNS,
  );

  const allAdvisers = hubs.flatMap((h) => h.advisers);
  const allInstitutions = hubs.flatMap((h) => h.institutions);
  const nationalGraph = time(() => graphOf(allAdvisers, allInstitutions), NATIONAL_RUNS);
  const nationalSolve = time(() => solveAssignment(nationalGraph.result), NATIONAL_RUNS);

  console.log(
    JSON.stringify(
      {
        instance: { hubs: HUBS, institutions: INSTITUTIONS, advisers: ADVISERS, topK: PLAN_TOP_K },
        oneHub: {
          institutions: largest.institutions.length,
          advisers: largest.advisers.length,
          prunedEdges: hubGraph.result.edges.length,
          scoreAndPruneMedianMs: hubGraph.ms,
          assignmentMedianMs: hubSolve.ms,
          matched: hubSolve.result.pairs.length,
          totalScore: hubSolve.result.totalScore,
        },
        fortyHubsSeparately: {
          scoreAndPruneMedianMs: hubGraphs.ms,
          assignmentMedianMs: perHubSolve.ms,
          totalScore: perHubSolve.result,
        },
        oneNationalGraph: {
          prunedEdges: nationalGraph.result.edges.length,
          scoreAndPruneMedianMs: nationalGraph.ms,
          assignmentMedianMs: nationalSolve.ms,
          matched: nationalSolve.result.pairs.length,
          totalScore: nationalSolve.result.totalScore,
        },
        runs: { perHub: RUNS, national: NATIONAL_RUNS },
        rssMb: rssMb(),
      },
      null,
      2,
    ),
  );
}

main();
