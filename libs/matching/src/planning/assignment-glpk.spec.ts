import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { InstitutionType } from '@chn/institutions';
import { AssignmentProblem, CandidateEdge, solveAssignment } from './assignment';
import { CandidateAdviser, CandidateInstitution, scoredEdges } from './candidate-graph';
import { mulberry32 } from './mulberry32';

interface Instance extends AssignmentProblem {
  kind: string;
  capacities: Map<string, number>;
  edges: CandidateEdge[];
}

/** GLPK's optimum total for each instance, from an integer programme over the edges as given. */
function glpkOptima(instances: readonly Instance[]): number[] {
  const input = JSON.stringify(
    instances.map(({ capacities, edges }) => ({ capacities: [...capacities], edges })),
  );
  const output = execFileSync(process.execPath, [join(__dirname, 'glpk-optimum.mjs')], {
    input,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8')) as number[];
}

type Random = () => number;
const intBelow = (random: Random, n: number) => Math.floor(random() * n);
/** Multiples of 5 from 15 to 60: few distinct scores, so many ties. */
const tiedScore = (random: Random) => 15 + 5 * intBelow(random, 10);

/** Random edges with tied scores, capacities 0 to 3, and now and then a pair given twice. */
function randomEdges(random: Random): Instance {
  const advisers = 1 + intBelow(random, 25);
  const institutions = 1 + intBelow(random, 30);
  const density = 0.05 + random() * 0.6;
  const capacities = new Map<string, number>();
  for (let a = 0; a < advisers; a++) capacities.set(`a${a}`, intBelow(random, 4));
  const edges: CandidateEdge[] = [];
  for (let a = 0; a < advisers; a++) {
    for (let i = 0; i < institutions; i++) {
      if (random() >= density) continue;
      const edge = { adviserId: `a${a}`, institutionId: `i${i}`, score: tiedScore(random) };
      edges.push(edge);
      if (random() < 0.05) edges.push({ ...edge, score: tiedScore(random) });
    }
  }
  return { kind: 'random', capacities, edges };
}

/** A few "star" advisers with one slot each who score highest with every institution. */
function withStars(random: Random): Instance {
  const instance = randomEdges(random);
  const institutions = [...new Set(instance.edges.map((e) => e.institutionId))];
  const stars = 1 + intBelow(random, 5);
  for (let s = 0; s < stars; s++) {
    instance.capacities.set(`star${s}`, 1);
    for (const institutionId of institutions) {
      instance.edges.push({
        adviserId: `star${s}`,
        institutionId,
        score: 60 + intBelow(random, 2),
      });
    }
  }
  return { ...instance, kind: 'stars' };
}

const SECTORS = ['Digital', 'Finance', 'Construction', 'Health & Care', 'Creative', 'Energy'];
const TYPES = [InstitutionType.MAINSTREAM, InstitutionType.SEND, InstitutionType.AP];

/** The project's own scoring on a small hub, the first advisers (ids first) fitting everyone. */
function scoredHub(random: Random): Instance {
  const las = ['330', '331', '332'];
  const some = <T>(items: readonly T[]) => items.filter(() => random() < 0.4);
  const stars = intBelow(random, 6);
  const advisers: CandidateAdviser[] = Array.from({ length: 1 + intBelow(random, 25) }, (_, a) => ({
    id: `a${String(a).padStart(2, '0')}`,
    sectors: a < stars ? SECTORS : some(SECTORS),
    localAuthorityCodes: a < stars ? las : some(las),
    sendApExperience: a < stars || random() < 0.2,
    spareOneToOne: a < stars ? 1 : intBelow(random, 4),
  }));
  const institutions: CandidateInstitution[] = Array.from(
    { length: 1 + intBelow(random, 30) },
    (_, i) => ({
      id: `i${i}`,
      type: TYPES[intBelow(random, TYPES.length)],
      laCode: las[intBelow(random, las.length)],
      laName: null,
      fsmPercent: random() < 0.8 ? intBelow(random, 60) : null,
      sectors: some(SECTORS),
      priorityBenchmarks: some([1, 2, 3, 4, 5]),
      matchedLastYear: random() < 0.5,
    }),
  );
  return {
    kind: 'scored hub',
    capacities: new Map(advisers.map((a) => [a.id, a.spareOneToOne])),
    edges: scoredEdges(advisers, institutions),
  };
}

const EMPTY: Instance[] = [
  { kind: 'no advisers, no edges', capacities: new Map(), edges: [] },
  { kind: 'advisers, no edges', capacities: new Map([['a0', 2]]), edges: [] },
  {
    kind: 'no free slot',
    capacities: new Map([['a0', 0]]),
    edges: [{ adviserId: 'a0', institutionId: 'i0', score: 40 }],
  },
];

function instances(): Instance[] {
  const random = mulberry32(20251201);
  const generators = [randomEdges, withStars, scoredHub];
  return [
    ...EMPTY,
    ...Array.from({ length: 240 }, (_, n) => generators[n % generators.length](random)),
  ];
}

describe('solveAssignment against GLPK', () => {
  const cases = instances();
  const optima = glpkOptima(cases);

  it('covers every kind of instance, star advisers and capacities above one included', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(
      [...EMPTY.map((c) => c.kind), 'random', 'scored hub', 'stars'].sort(),
    );
    expect(cases.some((c) => [...c.capacities.values()].some((slots) => slots > 1))).toBe(true);
    expect(optima.filter((total) => total > 0).length).toBeGreaterThan(200);
  });

  it('reaches the exact optimum total, within every capacity, on every instance', () => {
    cases.forEach((instance, n) => {
      const context = `instance ${n} (${instance.kind})`;
      const { totalScore, pairs } = solveAssignment(instance);

      expect({ context, totalScore }).toEqual({ context, totalScore: optima[n] });
      expect({ context, sum: pairs.reduce((sum, p) => sum + p.score, 0) }).toEqual({
        context,
        sum: totalScore,
      });
      const institutions = pairs.map((p) => p.institutionId);
      expect({ context, twice: institutions.length - new Set(institutions).size }).toEqual({
        context,
        twice: 0,
      });
      for (const [adviserId, slots] of instance.capacities) {
        const used = pairs.filter((p) => p.adviserId === adviserId).length;
        expect({ context, adviserId, over: used > slots }).toEqual({
          context,
          adviserId,
          over: false,
        });
      }
      for (const pair of pairs) expect(instance.edges).toContain(pair);
    });
  });
});
