import { CandidateEdge, solveAssignment } from './assignment';
import { mulberry32 } from './mulberry32';

interface Instance {
  capacities: Map<string, number>;
  edges: CandidateEdge[];
}

/** Every way to give each institution one adviser or none: (best total, most pairs at that total). */
function bruteForce({ capacities, edges }: Instance): { total: number; pairs: number } {
  const institutions = [...new Set(edges.map((e) => e.institutionId))];
  const left = new Map(capacities);
  let best = { total: 0, pairs: 0 };
  const visit = (i: number, total: number, pairs: number) => {
    if (i === institutions.length) {
      if (total > best.total || (total === best.total && pairs > best.pairs))
        best = { total, pairs };
      return;
    }
    visit(i + 1, total, pairs);
    for (const edge of edges) {
      if (edge.institutionId !== institutions[i] || edge.score <= 0) continue;
      const slots = left.get(edge.adviserId) ?? 0;
      if (slots <= 0) continue;
      left.set(edge.adviserId, slots - 1);
      visit(i + 1, total + edge.score, pairs + 1);
      left.set(edge.adviserId, slots);
    }
  };
  visit(0, 0, 0);
  return best;
}

function randomInstance(random: () => number): Instance {
  const int = (n: number) => Math.floor(random() * n);
  const advisers = 1 + int(6);
  const institutions = 1 + int(7);
  const capacities = new Map<string, number>();
  for (let a = 0; a < advisers; a++) capacities.set(`a${a}`, int(3));
  const edges: CandidateEdge[] = [];
  const density = 0.3 + random() * 0.7;
  for (let a = 0; a < advisers; a++) {
    for (let i = 0; i < institutions; i++) {
      if (random() < density)
        edges.push({ adviserId: `a${a}`, institutionId: `i${i}`, score: int(61) });
    }
  }
  return { capacities, edges };
}

describe('solveAssignment', () => {
  it('beats greedy where the best single pair blocks two good ones', () => {
    const capacities = new Map([
      ['alice', 1],
      ['bob', 1],
    ]);
    const edges = [
      { adviserId: 'alice', institutionId: 'north', score: 50 },
      { adviserId: 'bob', institutionId: 'north', score: 40 },
      { adviserId: 'alice', institutionId: 'south', score: 45 },
    ];
    // Greedy takes alice-north (50) and leaves south unmatched; the optimum is 45 + 40.
    const result = solveAssignment({ capacities, edges });
    expect(result.totalScore).toBe(85);
    expect(result.pairs.map((p) => `${p.adviserId}-${p.institutionId}`).sort()).toEqual([
      'alice-south',
      'bob-north',
    ]);
  });

  it('gives an adviser with two slots two institutions, and none to an adviser without slots', () => {
    const capacities = new Map([
      ['alice', 2],
      ['bob', 0],
    ]);
    const edges = [
      { adviserId: 'alice', institutionId: 'north', score: 30 },
      { adviserId: 'alice', institutionId: 'south', score: 20 },
      { adviserId: 'bob', institutionId: 'south', score: 60 },
    ];
    const result = solveAssignment({ capacities, edges });
    expect(result.totalScore).toBe(50);
    expect(result.pairs.every((p) => p.adviserId === 'alice')).toBe(true);
  });

  it('prefers more pairs among assignments of equal total', () => {
    const capacities = new Map([
      ['alice', 1],
      ['bob', 1],
    ]);
    const edges = [
      { adviserId: 'alice', institutionId: 'north', score: 30 },
      { adviserId: 'bob', institutionId: 'north', score: 10 },
      { adviserId: 'alice', institutionId: 'south', score: 20 },
    ];
    // alice-north alone and bob-north + alice-south both total 30.
    const result = solveAssignment({ capacities, edges });
    expect(result.totalScore).toBe(30);
    expect(result.pairs).toHaveLength(2);
  });

  it('leaves zero-score edges out', () => {
    const result = solveAssignment({
      capacities: new Map([['alice', 1]]),
      edges: [{ adviserId: 'alice', institutionId: 'north', score: 0 }],
    });
    expect(result).toEqual({ totalScore: 0, pairs: [] });
  });

  it('counts a pair given twice once, at its best score', () => {
    const result = solveAssignment({
      capacities: new Map([['alice', 1]]),
      edges: [
        { adviserId: 'alice', institutionId: 'north', score: 20 },
        { adviserId: 'alice', institutionId: 'north', score: 45 },
        { adviserId: 'alice', institutionId: 'north', score: 30 },
      ],
    });
    expect(result).toEqual({
      totalScore: 45,
      pairs: [{ adviserId: 'alice', institutionId: 'north', score: 45 }],
    });
  });

  it('reaches an institution’s eleventh-best adviser when the ten above it are taken', () => {
    const institutions = Array.from({ length: 11 }, (_, i) => `i${i}`);
    const stars = Array.from({ length: 10 }, (_, a) => `star${a}`);
    const edges: CandidateEdge[] = stars.flatMap((adviserId) =>
      institutions.map((institutionId) => ({ adviserId, institutionId, score: 50 })),
    );
    edges.push({ adviserId: 'local', institutionId: 'i10', score: 20 });
    const capacities = new Map([...stars, 'local'].map((id) => [id, 1]));
    const result = solveAssignment({ capacities, edges });
    expect(result.totalScore).toBe(10 * 50 + 20);
    expect(result.pairs).toContainEqual({ adviserId: 'local', institutionId: 'i10', score: 20 });
  });

  it('solves separate groups of advisers and institutions each to their optimum', () => {
    const edges = ['n', 's'].flatMap((side) => [
      { adviserId: `${side}-alice`, institutionId: `${side}-north`, score: 50 },
      { adviserId: `${side}-bob`, institutionId: `${side}-north`, score: 40 },
      { adviserId: `${side}-alice`, institutionId: `${side}-south`, score: 45 },
    ]);
    const capacities = new Map(edges.map((e) => [e.adviserId, 1]));
    const result = solveAssignment({ capacities, edges });
    expect(result.totalScore).toBe(2 * 85);
    expect(result.pairs).toHaveLength(4);
  });

  it('plans nothing on an empty graph', () => {
    expect(solveAssignment({ capacities: new Map(), edges: [] })).toEqual({
      totalScore: 0,
      pairs: [],
    });
  });

  it('matches brute force on 300 seeded random instances, within every capacity', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = randomInstance(mulberry32(seed));
      const expected = bruteForce(instance);
      const result = solveAssignment(instance);
      const context = `seed ${seed}`;

      expect({ context, total: result.totalScore }).toEqual({ context, total: expected.total });
      expect({ context, pairs: result.pairs.length }).toEqual({ context, pairs: expected.pairs });
      expect(result.pairs.reduce((sum, p) => sum + p.score, 0)).toBe(result.totalScore);

      const institutions = result.pairs.map((p) => p.institutionId);
      expect({ context, twice: institutions.length - new Set(institutions).size }).toEqual({
        context,
        twice: 0,
      });
      for (const [adviserId, capacity] of instance.capacities) {
        const used = result.pairs.filter((p) => p.adviserId === adviserId).length;
        expect({ context, adviserId, over: used > capacity }).toEqual({
          context,
          adviserId,
          over: false,
        });
      }
      for (const pair of result.pairs) {
        expect(instance.edges).toContainEqual(pair);
      }
    }
  });
});
