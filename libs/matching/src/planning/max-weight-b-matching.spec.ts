import { maxWeightBMatching } from './max-weight-b-matching';

const graph = (leftCapacity: number[], rightCount: number, edges: [number, number, number][]) => ({
  leftCapacity,
  rightCount,
  edgeLeft: Int32Array.from(edges.map(([l]) => l)),
  edgeRight: Int32Array.from(edges.map(([, r]) => r)),
  edgeWeight: Float64Array.from(edges.map(([, , w]) => w)),
});

describe('maxWeightBMatching', () => {
  it('marks the chosen edges of the heaviest b-matching', () => {
    // Left 0 has two slots; the heaviest single edge (0-1, 9) is not in the optimum 8 + 7 + 5.
    const chosen = maxWeightBMatching(
      graph([2, 1], 3, [
        [0, 0, 8],
        [0, 1, 9],
        [0, 2, 7],
        [1, 1, 5],
      ]),
    );
    expect([...chosen]).toEqual([1, 0, 1, 1]);
  });

  it('never chooses an edge of weight 0 or less, or from a left node without slots', () => {
    const chosen = maxWeightBMatching(
      graph([1, 0], 3, [
        [0, 0, 0],
        [0, 1, -4],
        [1, 2, 30],
      ]),
    );
    expect([...chosen]).toEqual([0, 0, 0]);
  });

  it('solves parts of the graph that share no node each on their own', () => {
    const chosen = maxWeightBMatching(
      graph([1, 1, 1, 1], 4, [
        [0, 0, 5],
        [1, 0, 4],
        [1, 1, 3],
        [2, 2, 6],
        [3, 2, 6],
        [3, 3, 1],
      ]),
    );
    expect([...chosen]).toEqual([1, 0, 1, 1, 0, 1]);
  });
});
