import { IndexedMinHeap } from './min-heap';

/** A bipartite graph by index: left nodes with slots, right nodes taking at most one edge. */
export interface WeightedBipartiteGraph {
  /** Slots of each left node; its length is the number of left nodes. */
  leftCapacity: ArrayLike<number>;
  rightCount: number;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  edgeWeight: Float64Array;
}

/**
 * A maximum-weight b-matching: edges chosen so that no left node has more than its slots and no
 * right node more than one, of the greatest total weight and, among those, the most edges.
 * Returns 1 for each chosen edge. Edges of weight ≤ 0 or from a left node without slots are
 * never chosen; each connected component is solved on its own.
 *
 * Per component, a min-cost flow source → left (slots) → right (1, cost −weight) → sink (1) by
 * successive shortest paths: Dijkstra on reduced costs (Johnson potentials) finds the cheapest
 * path cost, then every further path of that cost is augmented on the zero-reduced-cost edges
 * before the next Dijkstra. It stops when the cheapest path would raise the cost, so the flow is
 * the cheapest and, among equally cheap ones, the largest.
 */
export function maxWeightBMatching(graph: WeightedBipartiteGraph): Uint8Array {
  const chosen = new Uint8Array(graph.edgeWeight.length);
  const local = new Int32Array(graph.leftCapacity.length + graph.rightCount);
  for (const component of components(graph)) solveComponent(graph, component, local, chosen);
  return chosen;
}

/** The usable edges grouped by connected component (union-find over left and right nodes). */
function components(graph: WeightedBipartiteGraph): Int32Array[] {
  const { leftCapacity, edgeLeft, edgeRight, edgeWeight } = graph;
  const leftCount = leftCapacity.length;
  const parent = new Int32Array(leftCount + graph.rightCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const usable = new Uint8Array(edgeWeight.length);
  for (let e = 0; e < edgeWeight.length; e++) {
    if (!(edgeWeight[e] > 0) || !(leftCapacity[edgeLeft[e]] > 0)) continue;
    usable[e] = 1;
    const a = find(edgeLeft[e]);
    const b = find(leftCount + edgeRight[e]);
    if (a !== b) parent[a] = b;
  }
  // A counting sort of the usable edges by their component's root.
  const count = new Int32Array(parent.length);
  for (let e = 0; e < edgeWeight.length; e++) if (usable[e]) count[find(edgeLeft[e])]++;
  const groups: Int32Array[] = [];
  const groupOf = new Int32Array(parent.length);
  for (let root = 0; root < parent.length; root++) {
    if (count[root] === 0) continue;
    groupOf[root] = groups.length;
    groups.push(new Int32Array(count[root]));
  }
  const filled = new Int32Array(groups.length);
  for (let e = 0; e < edgeWeight.length; e++) {
    if (!usable[e]) continue;
    const g = groupOf[find(edgeLeft[e])];
    groups[g][filled[g]++] = e;
  }
  return groups;
}

const SOURCE = 0;
const SINK = 1;

/** The component's flow network: node 0 the source, 1 the sink, then its left and right nodes. */
interface FlowNetwork {
  nodeCount: number;
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  cost: Float64Array;
  /** For each edge of the component, in order, its forward left → right arc. */
  pairArc: Int32Array;
  leftNodes: number;
}

/** `local` numbers the component's left then right nodes (any contents on entry). */
function buildNetwork(
  graph: WeightedBipartiteGraph,
  edges: Int32Array,
  local: Int32Array,
): FlowNetwork {
  const leftCount = graph.leftCapacity.length;
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const e of edges) local[graph.edgeLeft[e]] = local[leftCount + graph.edgeRight[e]] = -1;
  for (const e of edges) {
    const left = graph.edgeLeft[e];
    const right = leftCount + graph.edgeRight[e];
    if (local[left] === -1) local[left] = lefts.push(left) - 1;
    if (local[right] === -1) local[right] = rights.push(right) - 1;
  }
  const leftNodes = lefts.length;
  const nodeCount = 2 + leftNodes + rights.length;
  const arcCount = 2 * (leftNodes + edges.length + rights.length);
  const net: FlowNetwork = {
    nodeCount,
    head: new Int32Array(nodeCount).fill(-1),
    next: new Int32Array(arcCount),
    to: new Int32Array(arcCount),
    cap: new Int32Array(arcCount),
    cost: new Float64Array(arcCount),
    pairArc: new Int32Array(edges.length),
    leftNodes,
  };
  let size = 0;
  const arc = (from: number, target: number, cap: number, cost: number) => {
    net.to[size] = target;
    net.cap[size] = cap;
    net.cost[size] = cost;
    net.next[size] = net.head[from];
    net.head[from] = size++;
  };
  // An arc and its residual twin sit side by side: arc ^ 1 is the other one.
  const add = (u: number, v: number, cap: number, cost: number): number => {
    const forward = size;
    arc(u, v, cap, cost);
    arc(v, u, 0, -cost);
    return forward;
  };
  lefts.forEach((left, i) => add(SOURCE, 2 + i, graph.leftCapacity[left], 0));
  rights.forEach((_, i) => add(2 + leftNodes + i, SINK, 1, 0));
  edges.forEach((e, i) => {
    const u = 2 + local[graph.edgeLeft[e]];
    const v = 2 + leftNodes + local[leftCount + graph.edgeRight[e]];
    net.pairArc[i] = add(u, v, 1, -graph.edgeWeight[e]);
  });
  return net;
}

function solveComponent(
  graph: WeightedBipartiteGraph,
  edges: Int32Array,
  local: Int32Array,
  chosen: Uint8Array,
) {
  const net = buildNetwork(graph, edges, local);
  const { nodeCount, head, next, to, cap, cost } = net;
  const potential = initialPotentials(net);
  const dist = new Float64Array(nodeCount);
  const prevArc = new Int32Array(nodeCount);
  const heap = new IndexedMinHeap(nodeCount, dist);
  const admissible = new AdmissiblePaths(net, potential);

  for (;;) {
    dist.fill(Infinity);
    dist[SOURCE] = 0;
    heap.clear();
    heap.decreased(SOURCE);
    while (heap.size > 0) {
      const u = heap.pop();
      // Nodes farther than the sink cannot shorten this path; the potential update copes.
      if (u === SINK) break;
      const d = dist[u];
      const pu = potential[u];
      for (let a = head[u]; a !== -1; a = next[a]) {
        if (cap[a] <= 0) continue;
        const v = to[a];
        const nd = d + cost[a] + pu - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          prevArc[v] = a;
          heap.decreased(v);
        }
      }
    }
    const toSink = dist[SINK];
    if (toSink === Infinity || toSink + potential[SINK] - potential[SOURCE] > 0) break;
    // Adding min(dist, dist to sink) keeps every residual reduced cost non-negative.
    for (let v = 0; v < nodeCount; v++) potential[v] += Math.min(dist[v], toSink);
    // Dijkstra's path is cheapest, so it always goes; then every other path of the same cost.
    for (let v = SINK; v !== SOURCE; v = to[prevArc[v] ^ 1]) {
      cap[prevArc[v]] -= 1;
      cap[prevArc[v] ^ 1] += 1;
    }
    admissible.augmentAll();
  }

  net.pairArc.forEach((a, i) => {
    if (cap[a] === 0) chosen[edges[i]] = 1;
  });
}

/** Shortest distances on the initial network, a DAG: source → left → right → sink. */
function initialPotentials(net: FlowNetwork): Float64Array {
  const potential = new Float64Array(net.nodeCount);
  for (let u = 2; u < 2 + net.leftNodes; u++) {
    for (let a = net.head[u]; a !== -1; a = net.next[a]) {
      if (net.cap[a] > 0) potential[net.to[a]] = Math.min(potential[net.to[a]], net.cost[a]);
    }
  }
  for (let v = 2 + net.leftNodes; v < net.nodeCount; v++) {
    potential[SINK] = Math.min(potential[SINK], potential[v]);
  }
  return potential;
}

/**
 * Augments unit paths from source to sink over arcs of zero reduced cost (a depth-first search
 * with a current arc per node; a node that leads nowhere is skipped for the rest of the round).
 * Each such path costs exactly the shortest distance just found, so taking them all before the
 * next Dijkstra changes nothing but the number of Dijkstra runs.
 */
class AdmissiblePaths {
  private readonly current: Int32Array;
  private readonly dead: Uint8Array;
  private readonly onPath: Uint8Array;
  private readonly path: Int32Array;

  constructor(
    private readonly net: FlowNetwork,
    private readonly potential: Float64Array,
  ) {
    this.current = new Int32Array(net.nodeCount);
    this.dead = new Uint8Array(net.nodeCount);
    this.onPath = new Uint8Array(net.nodeCount);
    this.path = new Int32Array(net.nodeCount);
  }

  augmentAll() {
    const { head, next, to, cap, cost } = this.net;
    const { current, dead, onPath, path, potential } = this;
    current.set(head);
    dead.fill(0);
    onPath.fill(0);
    onPath[SOURCE] = 1;
    let depth = 0;
    let u = SOURCE;
    for (;;) {
      if (u === SINK) {
        for (let i = 0; i < depth; i++) {
          cap[path[i]] -= 1;
          cap[path[i] ^ 1] += 1;
          onPath[to[path[i]]] = 0;
        }
        depth = 0;
        u = SOURCE;
        continue;
      }
      const pu = potential[u];
      let a = current[u];
      while (a !== -1) {
        const v = to[a];
        if (cap[a] > 0 && !dead[v] && !onPath[v] && cost[a] + pu - potential[v] === 0) break;
        a = next[a];
      }
      current[u] = a;
      if (a !== -1) {
        path[depth++] = a;
        u = to[a];
        onPath[u] = 1;
      } else if (u === SOURCE) {
        return;
      } else {
        dead[u] = 1;
        onPath[u] = 0;
        depth--;
        u = depth > 0 ? to[path[depth - 1]] : SOURCE;
      }
    }
  }
}
