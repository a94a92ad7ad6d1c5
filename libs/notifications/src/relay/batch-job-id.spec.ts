import { batchJobId } from './batch-job-id';

describe('batchJobId', () => {
  const a = '0b7c1c3e-8a43-4d1f-9a55-5c1e1f1f0001';
  const b = '0b7c1c3e-8a43-4d1f-9a55-5c1e1f1f0002';
  const c = '0b7c1c3e-8a43-4d1f-9a55-5c1e1f1f0003';

  it('names the same batch the same, in any order', () => {
    expect(batchJobId([a, b, c])).toBe(batchJobId([c, a, b]));
    expect(batchJobId([a, b, c])).toMatch(/^events-[0-9a-f]{32}$/);
  });

  it('names a batch with one event more or less differently', () => {
    expect(batchJobId([a, b])).not.toBe(batchJobId([a, b, c]));
    expect(batchJobId([a])).not.toBe(batchJobId([b]));
  });
});
