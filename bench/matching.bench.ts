/**
 * Measures the auto-match plan's algorithm without the database, on every candidate pair (no
 * cut): scoring (every adviser who reaches an institution's local authority) and the exact
 * assignment (`solveAssignment`, a max-weight b-matching by min-cost flow).
 * - oneHub: the largest hub of a national-scale instance (5,000 institutions and 5,000 advisers
 *   over 40 hubs, random sectors, local authorities, FSM and capacities);
 * - denseHub: 150 institutions × 150 advisers of one local authority, every pair a candidate;
 * - starHub: the same with 20 "star" advisers (every sector, SEND/AP experience, ids first) who
 *   top every institution's list;
 * - fortyHubsSeparately and oneNationalGraph: the national instance hub by hub and as one graph.
 * Each case also prints the total the former cut (each institution's 10 best advisers, ties by
 * adviser id) reached, to show what the cut lost. Prints medians and peak RSS; asserts nothing.
 */
import 'reflect-metadata';
import * as os from 'os';
import { InstitutionType } from '@chn/institutions';
import { CandidateEdge, solveAssignment } from '../libs/matching/src/planning/assignment';
import {
  CandidateAdviser,
  CandidateInstitution,
  scoredEdges,
} from '../libs/matching/src/planning/candidate-graph';
import { mulberry32 } from '../libs/matching/src/planning/mulberry32';
import { rssMb } from './stats';

const HUBS = 40;
const INSTITUTIONS = 5_000;
const ADVISERS = 5_000;
const LAS_PER_HUB = 8;
const DENSE = 150;
const STARS = 20;
const FORMER_CUT = 10;
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

function generate(
  seed: number,
  { hubs: hubCount, institutions, advisers, lasPerHub } = {
    hubs: HUBS,
    institutions: INSTITUTIONS,
    advisers: ADVISERS,
    lasPerHub: LAS_PER_HUB,
  },
): Hub[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && copy.length) chosen.push(copy.splice(int(copy.length), 1)[0]);
    return chosen;
  };
  const hubs: Hub[] = Array.from({ length: hubCount }, () => ({ advisers: [], institutions: [] }));
  // Uneven hubs: weights 0.85-1.15, so the largest has around 150 institutions.
  const weights = hubs.map(() => 0.85 + random() * 0.3);
  const total = weights.reduce((a, b) => a + b, 0);
  const hubOf = () => {
    let r = random() * total;
    for (let h = 0; h < hubCount; h++) if ((r -= weights[h]) < 0) return h;
    return hubCount - 1;
  };
  const lasOf = (hub: number) =>
    Array.from({ length: lasPerHub }, (_, i) => String(100 + hub * lasPerHub + i));
  for (let i = 0; i < institutions; i++) {
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
  for (let a = 0; a < advisers; a++) {
    const hub = hubOf();
    hubs[hub].advisers.push({
      id: `a${String(a).padStart(5, '0')}`,
      sectors: pick(SECTORS, 1 + int(3)),
      localAuthorityCodes: pick(lasOf(hub), 1 + int(3)),
      sendApExperience: random() < 0.2,
      spareOneToOne: [0, 1, 1, 1, 2][int(5)],
    });
  }
  return hubs;
}

/** 150 × 150 in one local authority; with stars, the first 20 advisers fit every institution. */
function denseHub(seed: number, stars: number): Hub {
  const [hub] = generate(seed, {
    hubs: 1,
    institutions: DENSE,
    advisers: DENSE,
    lasPerHub: 1,
  });
  hub.advisers.slice(0, stars).forEach((adviser) => {
    adviser.sectors = [...SECTORS];
    adviser.sendApExperience = true;
    adviser.spareOneToOne = 1;
  });
  return hub;
}

/** The plan's graph: every candidate pair, scored, and the advisers' free slots. */
function graphOf({ advisers, institutions }: Hub) {
  return {
    capacities: new Map(advisers.map((a) => [a.id, a.spareOneToOne])),
    edges: scoredEdges(advisers, institutions),
  };
}

/** What the plan used to solve: each institution's 10 best edges, ties by adviser id. */
function formerCut(edges: readonly CandidateEdge[]): CandidateEdge[] {
  const byInstitution = new Map<string, CandidateEdge[]>();
  for (const edge of edges) {
    const list = byInstitution.get(edge.institutionId);
    if (list) list.push(edge);
    else byInstitution.set(edge.institutionId, [edge]);
  }
  return [...byInstitution.values()].flatMap((list) =>
    list
      .sort((a, b) => b.score - a.score || (a.adviserId < b.adviserId ? -1 : 1))
      .slice(0, FORMER_CUT),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)].toFixed(1));
}

/** Medians of wall time and of this process's CPU time (the fairer figure on a busy machine). */
function time<T>(run: () => T, runs: number): { ms: number; cpuMs: number; result: T } {
  const durations: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(startCpu);
    durations.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(durations), cpuMs: median(cpu), result };
}

/** Scores and solves the hubs as one graph: medians, and what the former cut reached. */
function measure(hubs: Hub[], runs: number) {
  const advisers = hubs.flatMap((h) => h.advisers);
  const institutions = hubs.flatMap((h) => h.institutions);
  const graph = time(() => graphOf({ advisers, institutions }), runs);
  const solve = time(() => solveAssignment(graph.result), runs);
  const cut = solveAssignment({ ...graph.result, edges: formerCut(graph.result.edges) });
  const { totalScore, pairs } = solve.result;
  return {
    institutions: institutions.length,
    advisers: advisers.length,
    candidateEdges: graph.result.edges.length,
    scoreMedianMs: graph.ms,
    scoreCpuMedianMs: graph.cpuMs,
    assignmentMedianMs: solve.ms,
    assignmentCpuMedianMs: solve.cpuMs,
    matched: pairs.length,
    totalScore,
    formerCutTotalScore: cut.totalScore,
    formerCutLossPercent: Number((((totalScore - cut.totalScore) / totalScore) * 100).toFixed(1)),
  };
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function main() {
  const hubs = generate(20251123);
  const largest = hubs.reduce((a, b) => (b.institutions.length > a.institutions.length ? b : a));
  const oneHub = measure([largest], RUNS);
  const dense = measure([denseHub(7, 0)], RUNS);
  const star = measure([denseHub(7, STARS)], RUNS);
  const perHub = time(() => hubs.map((h) => solveAssignment(graphOf(h)).totalScore), RUNS);
  const national = measure(hubs, NATIONAL_RUNS);

  console.log(
    JSON.stringify(
      {
        instance: { hubs: HUBS, institutions: INSTITUTIONS, advisers: ADVISERS },
        oneHub,
        denseHub: dense,
        starHub: { stars: STARS, ...star },
        fortyHubsSeparately: {
          scoreAndAssignmentMedianMs: perHub.ms,
          scoreAndAssignmentCpuMedianMs: perHub.cpuMs,
          totalScore: perHub.result.reduce((a, b) => a + b, 0),
        },
        oneNationalGraph: national,
        runs: { perHub: RUNS, national: NATIONAL_RUNS },
        rssMb: rssMb(),
        peakRssMb: peakRssMb(),
        loadAverage: loadAverage(),
      },
      null,
      2,
    ),
  );
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

main();
