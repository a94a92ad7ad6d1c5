import { IndexedMinHeap } from './min-heap';
import { mulberry32 } from './mulberry32';

describe('IndexedMinHeap', () => {
  it('pops nodes by their current key, lowered keys included, each node once', () => {
    const random = mulberry32(7);
    const keys = new Float64Array(200).fill(Infinity);
    const heap = new IndexedMinHeap(keys.length, keys);
    for (let step = 0; step < 1_000; step++) {
      const node = Math.floor(random() * keys.length);
      const key = Math.floor(random() * 500);
      if (key < keys[node]) {
        keys[node] = key;
        heap.decreased(node);
      }
    }
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    const inserted = [...keys.keys()].filter((node) => keys[node] !== Infinity);
    expect([...popped].sort((a, b) => a - b)).toEqual(inserted);
    const poppedKeys = popped.map((node) => keys[node]);
    expect(poppedKeys).toEqual([...poppedKeys].sort((a, b) => a - b));
  });

  it('is empty again after clear, and takes the same nodes back', () => {
    const keys = Float64Array.from([3, 1, 2]);
    const heap = new IndexedMinHeap(3, keys);
    [0, 1, 2].forEach((node) => heap.decreased(node));
    heap.clear();
    expect(heap.size).toBe(0);
    heap.decreased(2);
    heap.decreased(0);
    expect([heap.pop(), heap.pop()]).toEqual([2, 0]);
  });
});
