export interface CandidateEdge {
  adviserId: string;
  institutionId: string;
  score: number;
}

export interface AssignmentProblem {
  /** Remaining ONE_TO_ONE slots per adviser. */
  capacities: ReadonlyMap<string, number>;
  edges: readonly CandidateEdge[];
}

export interface Assignment {
  totalScore: number;
  /** Chosen edges; each institution at most once, no adviser above capacity. */
  pairs: CandidateEdge[];
}

/** Keeps, for each institution, its `k` best-scoring edges (ties by adviser id, for stable plans). */
export function pruneToTopK(edges: readonly CandidateEdge[], k: number): CandidateEdge[] {
  const byInstitution = new Map<string, CandidateEdge[]>();
  for (const edge of edges) {
    const list = byInstitution.get(edge.institutionId);
    if (list) list.push(edge);
    else byInstitution.set(edge.institutionId, [edge]);
  }
  const kept: CandidateEdge[] = [];
  for (const list of byInstitution.values()) {
    list.sort((a, b) => b.score - a.score || (a.adviserId < b.adviserId ? -1 : 1));
    kept.push(...list.slice(0, k));
  }
  return kept;
}

/**
 * The assignment of maximum total score, then the most pairs among those: a min-cost flow
 * source → adviser (capacity) → institution (1, cost −score) → sink (1), solved by successive
 * shortest paths with Dijkstra on reduced costs (Johnson potentials, stopping at the sink). It augments while a path does not raise the
 * cost, so it stops at the cheapest flow and, among equally cheap ones, the largest.
 */
export function solveAssignment(problem: AssignmentProblem): Assignment {
  const graph = buildGraph(problem);
  const { nodeCount, source, sink } = graph;
  const potential = initialPotentials(graph);
  const dist = new Float64Array(nodeCount);
  const prevEdge = new Int32Array(nodeCount);
  const heap = new MinHeap(nodeCount);

  for (;;) {
    dist.fill(Infinity);
    prevEdge.fill(-1);
    dist[source] = 0;
    heap.clear();
    heap.push(source, 0);
    while (heap.size > 0) {
      const [u, d] = heap.pop();
      if (d > dist[u]) continue;
      // Nodes farther than the sink cannot shorten this path; the potential update below copes.
      if (u === sink) break;
      for (let e = graph.head[u]; e !== -1; e = graph.next[e]) {
        if (graph.cap[e] <= 0) continue;
        const v = graph.to[e];
        const nd = d + graph.cost[e] + potential[u] - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          prevEdge[v] = e;
          heap.push(v, nd);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    const toSink = dist[sink];
    const pathCost = toSink + potential[sink] - potential[source];
    if (pathCost > 0) break;
    // Adding min(dist, dist to sink) keeps every residual reduced cost non-negative.
    for (let v = 0; v < nodeCount; v++) potential[v] += Math.min(dist[v], toSink);
    // Every path has a unit bottleneck: each institution edge carries at most one.
    for (let v = sink; v !== source; v = graph.to[prevEdge[v] ^ 1]) {
      graph.cap[prevEdge[v]] -= 1;
      graph.cap[prevEdge[v] ^ 1] += 1;
    }
  }

  const pairs: CandidateEdge[] = [];
  let totalScore = 0;
  for (const [e, edge] of graph.pairEdges) {
    if (graph.cap[e] === 0) {
      pairs.push(edge);
      totalScore += edge.score;
    }
  }
  return { totalScore, pairs };
}

interface FlowGraph {
  nodeCount: number;
  source: number;
  sink: number;
  adviserNodes: number[];
  institutionNodes: number[];
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  cost: Float64Array;
  /** Forward adviser → institution edge index, with the candidate it stands for. */
  pairEdges: [number, CandidateEdge][];
}

function buildGraph({ capacities, edges }: AssignmentProblem): FlowGraph {
  const usable = edges.filter((e) => e.score > 0 && (capacities.get(e.adviserId) ?? 0) > 0);
  const adviserIndex = new Map<string, number>();
  const institutionIndex = new Map<string, number>();
  for (const e of usable) {
    if (!adviserIndex.has(e.adviserId)) adviserIndex.set(e.adviserId, adviserIndex.size);
    if (!institutionIndex.has(e.institutionId)) {
      institutionIndex.set(e.institutionId, institutionIndex.size);
    }
  }
  const advisers = adviserIndex.size;
  const institutions = institutionIndex.size;
  const source = 0;
  const sink = 1;
  const nodeCount = 2 + advisers + institutions;
  const edgeCount = 2 * (advisers + usable.length + institutions);
  const g: FlowGraph = {
    nodeCount,
    source,
    sink,
    adviserNodes: [],
    institutionNodes: [],
    head: new Int32Array(nodeCount).fill(-1),
    next: new Int32Array(edgeCount),
    to: new Int32Array(edgeCount),
    cap: new Int32Array(edgeCount),
    cost: new Float64Array(edgeCount),
    pairEdges: [],
  };
  let size = 0;
  const add = (u: number, v: number, cap: number, cost: number): number => {
    const e = size;
    for (const [from, target, c, w] of [
      [u, v, cap, cost],
      [v, u, 0, -cost],
    ]) {
      g.to[size] = target;
      g.cap[size] = c;
      g.cost[size] = w;
      g.next[size] = g.head[from];
      g.head[from] = size;
      size++;
    }
    return e;
  };
  for (const [id, i] of adviserIndex) {
    g.adviserNodes.push(2 + i);
    add(source, 2 + i, capacities.get(id) ?? 0, 0);
  }
  for (const i of institutionIndex.values()) {
    g.institutionNodes.push(2 + advisers + i);
    add(2 + advisers + i, sink, 1, 0);
  }
  const seen = new Set<string>();
  for (const edge of usable) {
    const key = `${edge.adviserId}\u0000${edge.institutionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const u = 2 + adviserIndex.get(edge.adviserId)!;
    const v = 2 + advisers + institutionIndex.get(edge.institutionId)!;
    g.pairEdges.push([add(u, v, 1, -edge.score), edge]);
  }
  return g;
}

/** Shortest distances on the initial graph, a DAG (source → advisers → institutions → sink). */
function initialPotentials(g: FlowGraph): Float64Array {
  const potential = new Float64Array(g.nodeCount).fill(Infinity);
  potential[g.source] = 0;
  for (const layer of [[g.source], g.adviserNodes, g.institutionNodes]) {
    for (const u of layer) {
      if (potential[u] === Infinity) continue;
      for (let e = g.head[u]; e !== -1; e = g.next[e]) {
        if (g.cap[e] <= 0) continue;
        const v = g.to[e];
        potential[v] = Math.min(potential[v], potential[u] + g.cost[e]);
      }
    }
  }
  // Nodes the source cannot reach never join a path; any finite value keeps the arithmetic clean.
  for (let v = 0; v < g.nodeCount; v++) if (potential[v] === Infinity) potential[v] = 0;
  return potential;
}

/** Binary heap of (node, distance), lazy deletion. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear() {
    this.size = 0;
  }

  push(node: number, key: number) {
    if (this.size === this.nodes.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): [number, number] {
    const top: [number, number] = [this.nodes[0], this.keys[0]];
    const lastNode = this.nodes[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= lastKey) break;
      this.nodes[i] = this.nodes[child];
      this.keys[i] = this.keys[child];
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }

  private grow() {
    const nodes = new Int32Array(this.nodes.length * 2);
    const keys = new Float64Array(this.keys.length * 2);
    nodes.set(this.nodes);
    keys.set(this.keys);
    this.nodes = nodes;
    this.keys = keys;
  }
}
