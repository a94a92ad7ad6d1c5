/**
 * A binary heap of node numbers ordered by `keys[node]` (the caller's array, e.g. distances),
 * with decrease-key: each node is in it at most once, so it never holds more than the nodes.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  /** Where each node sits in `heap`, or -1. */
  private readonly position: Int32Array;
  size = 0;

  constructor(
    nodeCount: number,
    private readonly keys: Float64Array,
  ) {
    this.heap = new Int32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  clear() {
    for (let i = 0; i < this.size; i++) this.position[this.heap[i]] = -1;
    this.size = 0;
  }

  /** Adds the node, or moves it up after its key was lowered. */
  decreased(node: number) {
    let i = this.position[node];
    if (i === -1) i = this.size++;
    const key = this.keys[node];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = this.heap[parent];
      if (this.keys[above] <= key) break;
      this.heap[i] = above;
      this.position[above] = i;
      i = parent;
    }
    this.heap[i] = node;
    this.position[node] = i;
  }

  /** Removes and returns the node of the smallest key. */
  pop(): number {
    const top = this.heap[0];
    this.position[top] = -1;
    const last = this.heap[--this.size];
    if (this.size === 0) return top;
    const key = this.keys[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[this.heap[child + 1]] < this.keys[this.heap[child]]) {
        child++;
      }
      const below = this.heap[child];
      if (this.keys[below] >= key) break;
      this.heap[i] = below;
      this.position[below] = i;
      i = child;
    }
    this.heap[i] = last;
    this.position[last] = i;
    return top;
  }
}
